//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `Ag`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstances.md` *line 69.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Ag {
    /// AG id
    ///
    /// **中文**
    ///
    /// 高可用组id
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<::std::string::String>,
    /// AG name
    ///
    /// **中文**
    ///
    /// 高可用组名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
}
impl Ag {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Charge`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstances.md` *line 74.*
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
/// *Documented in* `specs/vm/zh/seed/createInstances.md` *line 97.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ChargeSpec {
    /// Billing model value is prepaid_by_duration, postpaid_by_usage or postpaid_by_duration; prepaid_by_duration means Pay-In-Advance, postpaid_by_usage means Pay-As-You-Go By Consumption and postpaid_by_duration means pay by configuration; is postpaid_by_duration by default. Please refer to the Help Documentation of specific product line to confirm the billing type supported by the production line
    ///
    /// **中文**
    ///
    /// 计费模式。
    ///
    /// 可选值：
    ///
    /// `postpaid_by_duration`（默认值）：按配置（后付费）
    ///
    /// `prepaid_by_duration`：包年包月（预付费）
    ///
    /// `postpaid_by_usage`：按用量（后付费）
    ///
    /// 仅弹性公网IP支持`postpaid_by_usage`，具体计费说明请参考[实例计费类型说明](https://docs.jdcloud.com/cn/virtual-machines/billing-overview)。
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
    /// 包年包月（预付费）付费单位。仅`chargeMode=prepaid_by_duration`时此参数有效。
    ///
    /// 可选值：
    ///
    /// `month`（默认值）：月
    ///
    /// `year`：年
    #[serde(
        rename = "chargeUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_unit: ::std::option::Option<ChargeSpecChargeUnit>,
    /// Pay-In-Advance billing duration, the Pay-In-Advance is compulsory and valid only when the value of chargeMode is prepaid_by_duration. When chargeUnit is month, the value shall be 1~9; when chargeUnit is year, the value shall be 1, 2 or 3
    ///
    /// **中文**
    ///
    /// 包年包月（预付费）付费单位。仅`chargeMode=prepaid_by_duration`时此参数有效。
    ///
    /// 取值范围：
    ///
    /// `chargeUnit=month`时：`[1,9]`
    ///
    /// `chargeUnit=year`时：`[1,3]`
    #[serde(
        rename = "chargeDuration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_duration: ::std::option::Option<i32>,
    /// 自动续费。
    ///
    /// 可选值：
    ///
    /// `True`：开通自动续费
    ///
    /// `False`（默认值）：不开通自动续费
    #[serde(
        rename = "autoRenew",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew: ::std::option::Option<bool>,
    /// 统一活动凭证。此参数暂未启用，无须指定且指定无效。
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
        value: impl ::std::convert::Into<ChargeSpecChargeUnit>,
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
/// `CopyImage`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/copyImages.md` *line 36.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CopyImage {
    /// Source Image ID
    ///
    /// **中文**
    ///
    /// 源镜像ID
    #[serde(
        rename = "sourceImageId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_image_id: ::std::option::Option<::std::string::String>,
    /// Target Image ID after Replication
    ///
    /// **中文**
    ///
    /// 复制后的目标镜像ID
    #[serde(
        rename = "destinationImageId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination_image_id: ::std::option::Option<::std::string::String>,
}
impl CopyImage {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `sourceImageId`.
    pub fn with_source_image_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_image_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `destinationImageId`.
    pub fn with_destination_image_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_image_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CopyImagesResult`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/copyImages.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CopyImagesResult {
    /// source image and target image mapping relationships
    ///
    /// **中文**
    ///
    /// 源镜像与目标镜像映射关系
    #[serde(
        rename = "copyImages",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub copy_images: ::std::option::Option<::std::vec::Vec<CopyImage>>,
}
impl CopyImagesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `copyImages`.
    pub fn with_copy_images(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<CopyImage>>,
    ) -> Self {
        self.copy_images = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateImageResult`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/createImage.md` *line 61.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateImageResult {
    /// 镜像ID
    #[serde(
        rename = "imageId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
}
impl CreateImageResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `imageId`.
    pub fn with_image_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateInstanceTemplateResult`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/createInstanceTemplate.md` *line 78.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateInstanceTemplateResult {
    /// `instanceTemplateId`
    #[serde(
        rename = "instanceTemplateId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_template_id: ::std::option::Option<::std::string::String>,
}
impl CreateInstanceTemplateResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `instanceTemplateId`.
    pub fn with_instance_template_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_template_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateInstancesResult`
///
/// *Documented in* `specs/vm/zh/seed/createInstances.md` *line 166.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateInstancesResult {
    /// 实例ID列表。
    #[serde(
        rename = "instanceIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl CreateInstancesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `instanceIds`.
    pub fn with_instance_ids(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.instance_ids = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateKeypairResult`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/createKeypair.md` *line 31.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateKeypairResult {
    /// Fingerprint of key pairs, based on the public key fingerprint format defined by RFC4716, with the MD5 information digest algorithm applied.
    ///
    /// **中文**
    ///
    /// 密钥对的指纹，根据 RFC4716 定义的公钥指纹格式，采用 MD5 信息摘要算法。
    #[serde(
        rename = "keyFingerprint",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_fingerprint: ::std::option::Option<::std::string::String>,
    /// Key Pair Name
    ///
    /// **中文**
    ///
    /// 密钥对名称
    #[serde(
        rename = "keyName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_name: ::std::option::Option<::std::string::String>,
    /// Private key parts of key pairs, in the format of PEM PKCS#8.
    ///
    /// **中文**
    ///
    /// 密钥对的私钥部分，PEM PKCS#8 格式。
    #[serde(
        rename = "privateKey",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_key: ::std::option::Option<::std::string::String>,
}
impl CreateKeypairResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `keyFingerprint`.
    pub fn with_key_fingerprint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_fingerprint = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `keyName`.
    pub fn with_key_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `privateKey`.
    pub fn with_private_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_key = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for CreateKeypairResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateKeypairResult")
            .field("keyFingerprint", &self.key_fingerprint)
            .field("keyName", &self.key_name)
            .field("privateKey", &"***")
            .finish()
    }
}
/// `DescribeImageConstraintsBatchResult`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeImageConstraintsBatch.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeImageConstraintsBatchResult {
    /// 镜像限制
    #[serde(
        rename = "imageConstraints",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_constraints: ::std::option::Option<::std::vec::Vec<ImageConstraint>>,
}
impl DescribeImageConstraintsBatchResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `imageConstraints`.
    pub fn with_image_constraints(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ImageConstraint>>,
    ) -> Self {
        self.image_constraints = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeImageConstraintsResult`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeImageConstraints.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeImageConstraintsResult {
    /// 镜像限制
    #[serde(
        rename = "imageConstraints",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_constraints: ::std::option::Option<ImageConstraint>,
}
impl DescribeImageConstraintsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `imageConstraints`.
    pub fn with_image_constraints(
        mut self,
        value: impl ::std::convert::Into<ImageConstraint>,
    ) -> Self {
        self.image_constraints = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeImageMembersResult`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeImageMembers.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeImageMembersResult {
    /// 用户Pin列表
    #[serde(
        rename = "pins",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pins: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl DescribeImageMembersResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `pins`.
    pub fn with_pins(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.pins = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeImageResult`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeImage.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeImageResult {
    /// 镜像详情
    #[serde(
        rename = "image",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image: ::std::option::Option<Image>,
}
impl DescribeImageResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `image`.
    pub fn with_image(mut self, value: impl ::std::convert::Into<Image>) -> Self {
        self.image = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeImagesResult`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeImages.md` *line 38.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeImagesResult {
    /// image details
    ///
    /// **中文**
    ///
    /// 镜像详情
    #[serde(
        rename = "images",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub images: ::std::option::Option<::std::vec::Vec<Image>>,
    /// Quantity
    ///
    /// **中文**
    ///
    /// 总数量
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeImagesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `images`.
    pub fn with_images(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Image>>) -> Self {
        self.images = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeInstancePrivateIpAddressResult`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstancePrivateIpAddress.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstancePrivateIpAddressResult {
    /// `instancePrivateIpAddress`
    #[serde(
        rename = "instancePrivateIpAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_private_ip_address:
        ::std::option::Option<::std::vec::Vec<InstancePrivateIpAddress>>,
    /// `totalCount`
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<f64>,
}
impl DescribeInstancePrivateIpAddressResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `instancePrivateIpAddress`.
    pub fn with_instance_private_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InstancePrivateIpAddress>>,
    ) -> Self {
        self.instance_private_ip_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeInstanceResult`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstance.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceResult {
    /// `instance`
    #[serde(
        rename = "instance",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance: ::std::option::Option<Instance>,
}
impl DescribeInstanceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `instance`.
    pub fn with_instance(mut self, value: impl ::std::convert::Into<Instance>) -> Self {
        self.instance = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeInstanceStatusResult`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/describeInstanceStatus.md` *line 38.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceStatusResult {
    /// `instanceStatuses`
    #[serde(
        rename = "instanceStatuses",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_statuses: ::std::option::Option<::std::vec::Vec<InstanceStatus>>,
    /// `totalCount`
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<f64>,
}
impl DescribeInstanceStatusResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `instanceStatuses`.
    pub fn with_instance_statuses(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InstanceStatus>>,
    ) -> Self {
        self.instance_statuses = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeInstanceTypesResult`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/describeInstanceTypes.md` *line 36.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceTypesResult {
    /// Total Number
    ///
    /// **中文**
    ///
    /// 总数量
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
    /// Generic Instance Type
    ///
    /// **中文**
    ///
    /// 通用的实例规格
    #[serde(
        rename = "instanceTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_types: ::std::option::Option<::std::vec::Vec<InstanceType>>,
    /// User-specific instance type; ticket application required
    ///
    /// **中文**
    ///
    /// 用户特有的实例规格；需要工单申请
    #[serde(
        rename = "specificInstanceTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub specific_instance_types: ::std::option::Option<::std::vec::Vec<InstanceType>>,
}
impl DescribeInstanceTypesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceTypes`.
    pub fn with_instance_types(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InstanceType>>,
    ) -> Self {
        self.instance_types = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `specificInstanceTypes`.
    pub fn with_specific_instance_types(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InstanceType>>,
    ) -> Self {
        self.specific_instance_types = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeInstanceVncUrlResult`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstanceVncUrl.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceVncUrlResult {
    /// `vncUrl`
    #[serde(
        rename = "vncUrl",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vnc_url: ::std::option::Option<::std::string::String>,
}
impl DescribeInstanceVncUrlResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `vncUrl`.
    pub fn with_vnc_url(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vnc_url = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeInstancesResult`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstances.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstancesResult {
    /// `instances`
    #[serde(
        rename = "instances",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instances: ::std::option::Option<::std::vec::Vec<Instance>>,
    /// `totalCount`
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<f64>,
}
impl DescribeInstancesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `instances`.
    pub fn with_instances(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Instance>>,
    ) -> Self {
        self.instances = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeKeypairsResult`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/describeKeypairs.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeKeypairsResult {
    /// `keypairs`
    #[serde(
        rename = "keypairs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub keypairs: ::std::option::Option<::std::vec::Vec<Keypair>>,
    /// Total Data Entries
    ///
    /// **中文**
    ///
    /// 总的数据条数
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<f64>,
}
impl DescribeKeypairsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `keypairs`.
    pub fn with_keypairs(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Keypair>>,
    ) -> Self {
        self.keypairs = ::std::option::Option::Some(value.into());
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
/// *Documented in* `specs/vm/en/jdcloudcom-en/describeQuotas.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeQuotasResult {
    /// Quota list
    ///
    /// **中文**
    ///
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
/// `Disk`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstances.md` *line 91.*
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
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstances.md` *line 107.*
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
/// *Documented in* `specs/vm/zh/seed/createInstances.md` *line 117.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DiskSpec {
    /// Availability Zone, to which the cloud disk belongs
    ///
    /// **中文**
    ///
    /// 云硬盘可用区。创建实例时此参数无须指定且指定无效。云硬盘可用区默认同实例。
    #[serde(
        rename = "az",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az: ::std::option::Option<::std::string::String>,
    /// Name of the cloud disk
    ///
    /// **中文**
    ///
    /// 云硬盘名称。创建实例时此参数无须指定。如指定则按指定名称创建，如不指定云硬盘名称同实例名称，创建多块磁盘时会在名称后依次追加序号1,2...。
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// Description of the cloud disk
    ///
    /// **中文**
    ///
    /// 云硬盘描述。
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Type of the cloud disk, value ssd or premium-hdd
    ///
    /// **中文**
    ///
    /// 云硬盘类型。各类型介绍请参见[云硬盘类型](https://docs.jdcloud.com/cn/cloud-disk-service/specifications)。
    ///
    /// 可选值：
    ///
    /// `ssd.gp1`：通用型SSD
    ///
    /// `ssd.io1`：性能型SSD
    ///
    /// `hdd.std1`：容量型SSD
    #[serde(rename = "diskType", default)]
    pub disk_type: DiskSpecDiskType,
    /// Size of the cloud disk, unit: GiB; ssd value range of \[20,1000\]GB and step size of 10G; premium-hdd value range of \[20,3000\]GB and step size of 10G
    ///
    /// **中文**
    ///
    /// 云硬盘容量，单位为 GiB，步长10GiB。
    ///
    /// 取值范围：
    ///
    /// 系统盘：`[40,500]`GiB，且不能小于镜像系统盘容量
    ///
    /// 数据盘：`[20,16000]`GiB，如指定`snapshotId`创建云硬盘则不能小于快照容量
    #[serde(rename = "diskSizeGB", default)]
    pub disk_size_gb: i32,
    /// 云硬盘IOPS，步长为10。仅`diskType=ssd.io1`时此参数有效。
    ///
    /// 取值范围：`[200,min(32000,diskSizeGB*50)]`
    ///
    /// 默认值：`diskSizeGB*30`
    #[serde(
        rename = "iops",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub iops: ::std::option::Option<i32>,
    /// Snapshot ID used to create a cloud disk
    ///
    /// **中文**
    ///
    /// 创建云硬盘使用的快照ID。
    #[serde(
        rename = "snapshotId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// 云硬盘自动快照策略ID。
    #[serde(
        rename = "policyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy_id: ::std::option::Option<::std::string::String>,
    /// Billing configuration. If not specified, the default billing type is pay-as-you-go - pay by service time by default.
    ///
    /// **中文**
    ///
    /// 云硬盘计费配置。创建实例时此参数无须指定且指定无效，云硬盘计费类型默认与实例计费类型一致。
    #[serde(
        rename = "charge",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge: ::std::option::Option<ChargeSpec>,
    /// Whether the cloud disk service supports the mode that one disk is attached to multiple machines. It is set as false by default (not supported).
    ///
    /// **中文**
    ///
    /// 云硬盘是否支持多点挂载。创建实例时此参数无须指定。
    #[serde(
        rename = "multiAttachable",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub multi_attachable: ::std::option::Option<bool>,
    /// 云硬盘是否加密。
    ///
    /// 可选值：
    ///
    /// `true`：加密
    ///
    /// `false`（默认值）：不加密
    #[serde(
        rename = "encrypt",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypt: ::std::option::Option<bool>,
}
impl DiskSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        disk_type: impl ::std::convert::Into<DiskSpecDiskType>,
        disk_size_gb: impl ::std::convert::Into<i32>,
    ) -> Self {
        Self {
            disk_type: disk_type.into(),
            disk_size_gb: disk_size_gb.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `az`.
    pub fn with_az(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.az = ::std::option::Option::Some(value.into());
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
    /// Sets `iops`.
    pub fn with_iops(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.iops = ::std::option::Option::Some(value.into());
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
    /// Sets `policyId`.
    pub fn with_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `charge`.
    pub fn with_charge(mut self, value: impl ::std::convert::Into<ChargeSpec>) -> Self {
        self.charge = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `multiAttachable`.
    pub fn with_multi_attachable(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.multi_attachable = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `encrypt`.
    pub fn with_encrypt(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.encrypt = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ElasticIpSpec`
///
/// *Documented in* `specs/vm/zh/seed/createInstances.md` *line 153.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ElasticIpSpec {
    /// Elastic IP speed limit (unit: Mbps), value range is \[1-200\]
    ///
    /// **中文**
    ///
    /// 弹性公网IP的带宽上限，单位：Mbps。
    ///
    /// 取值范围为：`[1-200]`。
    #[serde(rename = "bandwidthMbps", default)]
    pub bandwidth_mbps: i32,
    /// IP service provider, values include bgp or no_bgp, cn-north-1: bgp; cn-south-1: \[bgp, no_bgp\]; cn-east-1: \[bgp, no_bgp\]; cn-east-2: bgp
    ///
    /// **中文**
    ///
    /// 弹性公网IP线路。中心可用区目前仅提供BGP类型IP。
    #[serde(rename = "provider", default)]
    pub provider: ElasticIpSpecProvider,
    /// Billing Configuration
    ///
    /// **中文**
    ///
    /// 弹性公网IP计费配置。
    ///
    /// **中心可用区**：支持包年包月、按配置、按流量。
    ///
    /// **边缘可用区**：支持包年包月、按配置。
    ///
    /// 中心可用区下如指定按流量计费，则IP计费独立于实例的计费类型，否则以实例计费类型为准与其保持一致。
    #[serde(
        rename = "chargeSpec",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_spec: ::std::option::Option<ChargeSpec>,
}
impl ElasticIpSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        bandwidth_mbps: impl ::std::convert::Into<i32>,
        provider: impl ::std::convert::Into<ElasticIpSpecProvider>,
    ) -> Self {
        Self {
            bandwidth_mbps: bandwidth_mbps.into(),
            provider: provider.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `chargeSpec`.
    pub fn with_charge_spec(mut self, value: impl ::std::convert::Into<ChargeSpec>) -> Self {
        self.charge_spec = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Filter`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstances.md` *line 26.*
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
/// `Gpu`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/describeInstanceTypes.md` *line 59.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Gpu {
    /// GPU Type
    ///
    /// **中文**
    ///
    /// GPU型号
    #[serde(
        rename = "model",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model: ::std::option::Option<::std::string::String>,
    /// GPU Count
    ///
    /// **中文**
    ///
    /// GPU数量
    #[serde(
        rename = "number",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub number: ::std::option::Option<i32>,
}
impl Gpu {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `model`.
    pub fn with_model(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.model = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `number`.
    pub fn with_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.number = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Image`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeImages.md` *line 43.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Image {
    /// Image architecture. i386, x86_64
    ///
    /// **中文**
    ///
    /// 镜像架构。取值：i386,x86_64
    #[serde(
        rename = "architecture",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub architecture: ::std::option::Option<ImageArchitecture>,
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
    /// Package image data disk mapping information
    ///
    /// **中文**
    ///
    /// 镜像数据盘映射信息
    #[serde(
        rename = "dataDisks",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disks: ::std::option::Option<::std::vec::Vec<InstanceDiskAttachment>>,
    /// Image description
    ///
    /// **中文**
    ///
    /// 镜像描述
    #[serde(
        rename = "desc",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub desc: ::std::option::Option<::std::string::String>,
    /// Image ID
    ///
    /// **中文**
    ///
    /// 镜像ID
    #[serde(
        rename = "imageId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// image source,  jcloud: public image,  marketplace: image marketplace,  image self: user's own image share: image shared by other users
    ///
    /// **中文**
    ///
    /// 镜像来源。取值：jcloud：官方镜像；marketplace：镜像市场镜像；self：用户自己的镜像；shared：其他用户分享的镜像
    #[serde(
        rename = "imageSource",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_source: ::std::option::Option<ImageImageSource>,
    /// Image name
    ///
    /// **中文**
    ///
    /// 镜像名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// OS type. Value: \[windows, linux\]
    ///
    /// **中文**
    ///
    /// 镜像的操作系统类型。取值：windows,linux
    #[serde(
        rename = "osType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<ImageOsType>,
    /// OS version.
    ///
    /// **中文**
    ///
    /// 镜像的操作系统版本。
    #[serde(
        rename = "osVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_version: ::std::option::Option<::std::string::String>,
    /// OS Release version. Ubuntu, CentOS, Windows Server
    ///
    /// **中文**
    ///
    /// 镜像的操作系统发行版。取值：Ubuntu,CentOS,Windows Server
    #[serde(
        rename = "platform",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<ImagePlatform>,
    /// progress in image replication,  in percentage,  for example: 80
    ///
    /// **中文**
    ///
    /// 镜像复制和转换时的进度，仅显示数值，单位为百分比
    #[serde(
        rename = "progress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub progress: ::std::option::Option<::std::string::String>,
    /// 镜像支持的系统盘类型。取值：localDisk：本地盘系统盘；cloudDisk：云盘系统盘。
    #[serde(
        rename = "rootDeviceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub root_device_type: ::std::option::Option<ImageRootDeviceType>,
    /// Image document size
    ///
    /// **中文**
    ///
    /// 镜像文件实际大小
    #[serde(
        rename = "sizeMB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size_mb: ::std::option::Option<i32>,
    /// The snapshot ID of the cloud disk for creating the system disk of the cloud disk, when the system disk type is image of the local disk, this parameter is blank.
    ///
    /// **中文**
    ///
    /// 创建云盘系统盘所使用的云硬盘快照ID。系统盘类型为本地盘的镜像，此参数为空。
    #[serde(
        rename = "snapshotId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// [参考镜像状态](http://docs.jdcloud.com/virtual-machines/api/image_status)
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// System disk configuration
    ///
    /// **中文**
    ///
    /// 镜像系统盘配置
    #[serde(
        rename = "systemDisk",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk: ::std::option::Option<InstanceDiskAttachment>,
    /// Image system disk size
    ///
    /// **中文**
    ///
    /// 镜像系统盘大小
    #[serde(
        rename = "systemDiskSizeGB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_size_gb: ::std::option::Option<i32>,
}
impl Image {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `architecture`.
    pub fn with_architecture(
        mut self,
        value: impl ::std::convert::Into<ImageArchitecture>,
    ) -> Self {
        self.architecture = ::std::option::Option::Some(value.into());
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
    /// Sets `dataDisks`.
    pub fn with_data_disks(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InstanceDiskAttachment>>,
    ) -> Self {
        self.data_disks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `desc`.
    pub fn with_desc(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.desc = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `imageId`.
    pub fn with_image_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `imageSource`.
    pub fn with_image_source(mut self, value: impl ::std::convert::Into<ImageImageSource>) -> Self {
        self.image_source = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `osType`.
    pub fn with_os_type(mut self, value: impl ::std::convert::Into<ImageOsType>) -> Self {
        self.os_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `osVersion`.
    pub fn with_os_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.os_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `platform`.
    pub fn with_platform(mut self, value: impl ::std::convert::Into<ImagePlatform>) -> Self {
        self.platform = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `progress`.
    pub fn with_progress(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.progress = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `rootDeviceType`.
    pub fn with_root_device_type(
        mut self,
        value: impl ::std::convert::Into<ImageRootDeviceType>,
    ) -> Self {
        self.root_device_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sizeMB`.
    pub fn with_size_mb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.size_mb = ::std::option::Option::Some(value.into());
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
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `systemDisk`.
    pub fn with_system_disk(
        mut self,
        value: impl ::std::convert::Into<InstanceDiskAttachment>,
    ) -> Self {
        self.system_disk = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `systemDiskSizeGB`.
    pub fn with_system_disk_size_gb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.system_disk_size_gb = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ImageConstraint`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeImageConstraints.md` *line 34.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ImageConstraint {
    /// 镜像ID
    #[serde(
        rename = "imageId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// 使用镜像创建实例的规格限制
    #[serde(
        rename = "imageInstanceTypeConstraint",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_instance_type_constraint: ::std::option::Option<ImageInstanceTypeConstraint>,
}
impl ImageConstraint {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `imageId`.
    pub fn with_image_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `imageInstanceTypeConstraint`.
    pub fn with_image_instance_type_constraint(
        mut self,
        value: impl ::std::convert::Into<ImageInstanceTypeConstraint>,
    ) -> Self {
        self.image_instance_type_constraint = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ImageInstanceTypeConstraint`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeImageConstraints.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ImageInstanceTypeConstraint {
    /// 限制类型。取值：excludes：不支持的实例类型；includes：支持的实例类型。
    #[serde(
        rename = "constraintsType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub constraints_type: ::std::option::Option<ImageInstanceTypeConstraintConstraintsType>,
    /// 实例规格列表
    #[serde(
        rename = "instanceTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ImageInstanceTypeConstraint {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `constraintsType`.
    pub fn with_constraints_type(
        mut self,
        value: impl ::std::convert::Into<ImageInstanceTypeConstraintConstraintsType>,
    ) -> Self {
        self.constraints_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceTypes`.
    pub fn with_instance_types(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.instance_types = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ImportKeypairResult`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/importKeypair.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ImportKeypairResult {
    /// Key Pair Name
    ///
    /// **中文**
    ///
    /// 密钥对名称
    #[serde(
        rename = "keyName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_name: ::std::option::Option<::std::string::String>,
    /// Fingerprint of key pairs, based on the public key fingerprint format defined by RFC4716, with the MD5 information digest algorithm applied.
    ///
    /// **中文**
    ///
    /// 密钥对的指纹，根据 RFC4716 定义的公钥指纹格式，采用 MD5 信息摘要算法。
    #[serde(
        rename = "keyFingerprint",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_fingerprint: ::std::option::Option<::std::string::String>,
}
impl ImportKeypairResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `keyName`.
    pub fn with_key_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `keyFingerprint`.
    pub fn with_key_fingerprint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_fingerprint = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Instance`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstances.md` *line 44.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Instance {
    /// AG, where an AG is used to create a VM, an AG name can be displayed here
    ///
    /// **中文**
    ///
    /// 高可用组，如果创建云主机使用了高可用组，此处可展示高可用组名称
    #[serde(
        rename = "ag",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ag: ::std::option::Option<Ag>,
    /// The AZ of the VM
    ///
    /// **中文**
    ///
    /// 云主机所在可用区
    #[serde(
        rename = "az",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az: ::std::option::Option<::std::string::String>,
    /// Billing information
    ///
    /// **中文**
    ///
    /// 计费信息
    #[serde(
        rename = "charge",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge: ::std::option::Option<Charge>,
    /// Data disk configuration
    ///
    /// **中文**
    ///
    /// 数据盘配置
    #[serde(
        rename = "dataDisks",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disks: ::std::option::Option<::std::vec::Vec<InstanceDiskAttachment>>,
    /// VM description
    ///
    /// **中文**
    ///
    /// 云主机描述
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// The address of the primary network interface of primary IP associating EIP
    ///
    /// **中文**
    ///
    /// 主网卡主IP绑定弹性IP的地址
    #[serde(
        rename = "elasticIpAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ip_address: ::std::option::Option<::std::string::String>,
    /// The ID of the primary network interface of primary IP associating EIP
    ///
    /// **中文**
    ///
    /// 主网卡主IP绑定弹性IP的ID
    #[serde(
        rename = "elasticIpId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ip_id: ::std::option::Option<::std::string::String>,
    /// Error domains in AGs
    ///
    /// **中文**
    ///
    /// 高可用组中的错误域
    #[serde(
        rename = "faultDomain",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fault_domain: ::std::option::Option<::std::string::String>,
    /// Image ID
    ///
    /// **中文**
    ///
    /// 镜像ID
    #[serde(
        rename = "imageId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// VM ID
    ///
    /// **中文**
    ///
    /// 云主机ID
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// VM name
    ///
    /// **中文**
    ///
    /// 云主机名称
    #[serde(
        rename = "instanceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// Instance type
    ///
    /// **中文**
    ///
    /// 实例规格
    #[serde(
        rename = "instanceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// Key pair name
    ///
    /// **中文**
    ///
    /// 密钥对名称
    #[serde(
        rename = "keyNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Creation time
    ///
    /// **中文**
    ///
    /// 创建时间
    #[serde(
        rename = "launchTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_time: ::std::option::Option<::std::string::String>,
    /// Primary network interface instance type
    ///
    /// **中文**
    ///
    /// 主网卡配置
    #[serde(
        rename = "primaryNetworkInterface",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_network_interface: ::std::option::Option<InstanceNetworkInterfaceAttachment>,
    /// IP address of primary network interface
    ///
    /// **中文**
    ///
    /// 主网卡主IP地址
    #[serde(
        rename = "privateIpAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::string::String>,
    /// Secondary network interface instance type
    ///
    /// **中文**
    ///
    /// 辅助网卡配置
    #[serde(
        rename = "secondaryNetworkInterfaces",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secondary_network_interfaces:
        ::std::option::Option<::std::vec::Vec<InstanceNetworkInterfaceAttachment>>,
    /// Virtual machine status, [refer to virtual machine status](https://www.jdcloud.com/help/detail/3869/isCatalog/1)
    ///
    /// **中文**
    ///
    /// 云主机状态，[参考云主机状态](http://docs.jdcloud.com/virtual-machines/api/vm_status)
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// ID of the subnet to which the primary network interface belongs
    ///
    /// **中文**
    ///
    /// 主网卡所属子网的ID
    #[serde(
        rename = "subnetId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// System disk configuration
    ///
    /// **中文**
    ///
    /// 系统盘配置
    #[serde(
        rename = "systemDisk",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk: ::std::option::Option<InstanceDiskAttachment>,
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
    /// ID of the VPC to which the primary network interface belongs
    ///
    /// **中文**
    ///
    /// 主网卡所属VPC的ID
    #[serde(
        rename = "vpcId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
}
impl Instance {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `ag`.
    pub fn with_ag(mut self, value: impl ::std::convert::Into<Ag>) -> Self {
        self.ag = ::std::option::Option::Some(value.into());
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
    /// Sets `dataDisks`.
    pub fn with_data_disks(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InstanceDiskAttachment>>,
    ) -> Self {
        self.data_disks = ::std::option::Option::Some(value.into());
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
    /// Sets `elasticIpAddress`.
    pub fn with_elastic_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.elastic_ip_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `elasticIpId`.
    pub fn with_elastic_ip_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.elastic_ip_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `faultDomain`.
    pub fn with_fault_domain(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fault_domain = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `imageId`.
    pub fn with_image_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
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
    /// Sets `instanceType`.
    pub fn with_instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `keyNames`.
    pub fn with_key_names(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.key_names = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `launchTime`.
    pub fn with_launch_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `primaryNetworkInterface`.
    pub fn with_primary_network_interface(
        mut self,
        value: impl ::std::convert::Into<InstanceNetworkInterfaceAttachment>,
    ) -> Self {
        self.primary_network_interface = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `privateIpAddress`.
    pub fn with_private_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_ip_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secondaryNetworkInterfaces`.
    pub fn with_secondary_network_interfaces(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InstanceNetworkInterfaceAttachment>>,
    ) -> Self {
        self.secondary_network_interfaces = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
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
    /// Sets `systemDisk`.
    pub fn with_system_disk(
        mut self,
        value: impl ::std::convert::Into<InstanceDiskAttachment>,
    ) -> Self {
        self.system_disk = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tags`.
    pub fn with_tags(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Tag>>) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vpcId`.
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceDiskAttachment`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstances.md` *line 82.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceDiskAttachment {
    /// Deleting this disk with the VM automatically when the machine is deleted. The default value is true, which cannot be changed by local.
    ///
    /// This parameter does not take effect if the data disk in the VM is a monthly package.
    ///
    /// This parameter does not take effect if the data disk in the VM is a shared data disk.
    ///
    /// **中文**
    ///
    /// 随云主机一起删除，删除主机时自动删除此磁盘，默认为true，本地盘(local)不能更改此值。
    ///
    /// 如果云主机中的数据盘(cloud)是包年包月计费方式，此参数不生效。
    ///
    /// 如果云主机中的数据盘(cloud)是共享型数据盘，此参数不生效。
    #[serde(
        rename = "autoDelete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_delete: ::std::option::Option<bool>,
    /// Cloud disk service instance type
    ///
    /// **中文**
    ///
    /// 云硬盘配置
    #[serde(
        rename = "cloudDisk",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cloud_disk: ::std::option::Option<Disk>,
    /// Data disk logical attach point, value range: vda, vdb, vdc, vdd, vde, vdb, vdg, vdh, vdi
    ///
    /// **中文**
    ///
    /// 数据盘逻辑挂载点，取值范围：vda,vdb,vdc,vdd,vde,vdf,vdg,vdh,vdi
    #[serde(
        rename = "deviceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_name: ::std::option::Option<InstanceDiskAttachmentDeviceName>,
    /// Disk classification, the local disk or data disk is taken.
    ///
    /// The system disk supports local disk or cloud disk. The system disk selects local Type, and the user must use the image localDisk type; If the system disk selects the cloud type, the user must use the image of the cloudDisk type.
    ///
    /// The data disk supports cloud disk only.
    ///
    /// **中文**
    ///
    /// 磁盘分类，取值为本地盘(local)或者数据盘(cloud)。
    ///
    /// 系统盘支持本地盘(local)或者云硬盘(cloud)。系统盘选择local类型，必须使用localDisk类型的镜像；同理系统盘选择cloud类型，必须使用cloudDisk类型的镜像。
    ///
    /// 数据盘仅支持云硬盘(cloud)。
    #[serde(
        rename = "diskCategory",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_category: ::std::option::Option<::std::string::String>,
    /// Local disk instance type
    ///
    /// **中文**
    ///
    /// 本地磁盘配置
    #[serde(
        rename = "localDisk",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_disk: ::std::option::Option<LocalDisk>,
    /// 数据盘挂载状态，取值范围：attaching,detaching,attached,detached,error_attach,error_detach
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<InstanceDiskAttachmentStatus>,
}
impl InstanceDiskAttachment {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `autoDelete`.
    pub fn with_auto_delete(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_delete = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cloudDisk`.
    pub fn with_cloud_disk(mut self, value: impl ::std::convert::Into<Disk>) -> Self {
        self.cloud_disk = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deviceName`.
    pub fn with_device_name(
        mut self,
        value: impl ::std::convert::Into<InstanceDiskAttachmentDeviceName>,
    ) -> Self {
        self.device_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `diskCategory`.
    pub fn with_disk_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disk_category = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `localDisk`.
    pub fn with_local_disk(mut self, value: impl ::std::convert::Into<LocalDisk>) -> Self {
        self.local_disk = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<InstanceDiskAttachmentStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceDiskAttachmentSpec`
///
/// *Documented in* `specs/vm/zh/seed/createInstances.md` *line 107.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceDiskAttachmentSpec {
    /// Disk classification, the local or cloud disk is taken.
    ///
    /// The system disk supports local disk or cloud disk. If select the local type for the system disk , and you must use a image of localDisk type; if select the cloud type for the system disk, you must use a image of the cloudDisk type.
    ///
    /// The data disk supports cloud disk only.
    ///
    /// **中文**
    ///
    /// 磁盘类型。
    ///
    /// **系统盘**：此参数无须指定，其类型取决于镜像类型。
    ///
    /// **数据盘**：可选值：`cloud`：云硬盘，数据盘仅支持云硬盘。
    #[serde(
        rename = "diskCategory",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_category: ::std::option::Option<::std::string::String>,
    /// Deleting this disk with the VM automatically when the VM is deleted. The default value is true, which cannot be changed for a local disk.
    ///
    /// This parameter does not take effect if the billing method of the disk is a monthly package.
    ///
    /// **中文**
    ///
    /// 是否随实例一起删除，即删除实例时是否自动删除此磁盘。此参数仅对按配置计费的非多点挂载云硬盘生效。
    ///
    /// `true`：随实例删除。
    ///
    /// `false`（默认值）：不随实例删除。
    #[serde(
        rename = "autoDelete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_delete: ::std::option::Option<bool>,
    /// Data Disk Configuration
    ///
    /// **中文**
    ///
    /// 磁盘详细配置。此参数仅针对云硬盘，本地系统盘无须指定且指定无效。
    #[serde(
        rename = "cloudDiskSpec",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cloud_disk_spec: ::std::option::Option<DiskSpec>,
    /// Device name, value range: vda, vdb, vdc, vdd, vde, vdf, vdg, vdh, vdi, vdj, vdk, vdl, vdm
    ///
    /// **中文**
    ///
    /// 磁盘逻辑挂载点。
    ///
    /// **系统盘**：此参数无须指定且指定无效，默认为vda。
    ///
    /// **数据盘**：取值范围：`[vdb~vdbm]`。
    #[serde(
        rename = "deviceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_name: ::std::option::Option<InstanceDiskAttachmentSpecDeviceName>,
    /// Exclude the device, and parameter noDevice is used with deviceName.
    ///
    /// Create a entile image that contains all the system disk and attached cloud data disks: deviceName: vdb, noDevice: true, the cloud data disk whose device name is vdb that attached to the VM will not be involved in creating the  image.
    ///
    /// Create a template: deviceName: vdb, noDevice: true, the data disk whose device name is vdb in the image will not be involved in creating the VM.
    ///
    /// Create a VM: deviceName: vdb, noDevice: true, the data disk vdb in the image or the data disk whose device name is vdb in the template (create a VM using the template) will not be involved in creating the machine.
    ///
    /// **中文**
    ///
    /// 排除设备，使用此参数 `noDevice` 配合 `deviceName` 一起使用。
    ///
    /// 创建镜像的场景下：使用此参数可以排除云主机实例中的云硬盘不参与制作快照。
    ///
    /// 创建实例模板的场景下：使用此参数可以排除镜像中的数据盘。
    ///
    /// 创建云主机的场景下：使用此参数可以排除实例模板、或镜像中的数据盘。
    ///
    /// 示例：如果镜像中除系统盘还包含一块或多块数据盘，期望仅使用镜像中的部分磁盘，可通过此参数忽略部分磁盘配置。此参数须配合 `deviceName` 一起使用。
    ///
    /// 例：`deviceName=vdb`、`noDevice=true`，则表示在使用镜像创建实例时，忽略数据盘vdb配置，不创建磁盘。
    #[serde(
        rename = "noDevice",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub no_device: ::std::option::Option<bool>,
}
impl InstanceDiskAttachmentSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `diskCategory`.
    pub fn with_disk_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disk_category = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `autoDelete`.
    pub fn with_auto_delete(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_delete = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cloudDiskSpec`.
    pub fn with_cloud_disk_spec(mut self, value: impl ::std::convert::Into<DiskSpec>) -> Self {
        self.cloud_disk_spec = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deviceName`.
    pub fn with_device_name(
        mut self,
        value: impl ::std::convert::Into<InstanceDiskAttachmentSpecDeviceName>,
    ) -> Self {
        self.device_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `noDevice`.
    pub fn with_no_device(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.no_device = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceDiskAttribute`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/modifyInstanceDiskAttribute.md` *line 24.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceDiskAttribute {
    /// 随云主机一起删除，删除主机时自动删除此磁盘，默认为false，本地盘(local)不能更改此值。
    ///
    /// 如果云主机中的数据盘(cloud)是包年包月计费方式，此参数不生效。
    ///
    /// 如果云主机中的数据盘(cloud)是共享型数据盘，此参数不生效。
    #[serde(
        rename = "autoDelete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_delete: ::std::option::Option<bool>,
    /// 云硬盘ID
    #[serde(
        rename = "diskId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
}
impl InstanceDiskAttribute {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `autoDelete`.
    pub fn with_auto_delete(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_delete = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `diskId`.
    pub fn with_disk_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceNetworkAttribute`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/modifyInstanceNetworkAttribute.md` *line 25.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceNetworkAttribute {
    /// 随主机自动删除，默认为False
    #[serde(
        rename = "autoDelete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_delete: ::std::option::Option<bool>,
    /// 弹性网卡ID
    #[serde(
        rename = "networkInterfaceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::std::string::String>,
}
impl InstanceNetworkAttribute {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `autoDelete`.
    pub fn with_auto_delete(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_delete = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `networkInterfaceId`.
    pub fn with_network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceNetworkInterface`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstances.md` *line 132.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceNetworkInterface {
    /// Ethernet address
    ///
    /// **中文**
    ///
    /// 以太网地址
    #[serde(
        rename = "macAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mac_address: ::std::option::Option<::std::string::String>,
    /// ENI ID
    ///
    /// **中文**
    ///
    /// 弹性网卡ID
    #[serde(
        rename = "networkInterfaceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::std::string::String>,
    /// Network interface primary IP
    ///
    /// **中文**
    ///
    /// 网卡主IP
    #[serde(
        rename = "primaryIp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_ip: ::std::option::Option<NetworkInterfacePrivateIp>,
    /// Source and destination IP address verification with a value of 0 or 1
    ///
    /// **中文**
    ///
    /// 源和目标IP地址校验，取值为0或者1
    #[serde(
        rename = "sanityCheck",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sanity_check: ::std::option::Option<i32>,
    /// Network interface secondary IP
    ///
    /// **中文**
    ///
    /// 网卡辅IP
    #[serde(
        rename = "secondaryIps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secondary_ips: ::std::option::Option<::std::vec::Vec<NetworkInterfacePrivateIp>>,
    /// `securityGroups`
    #[serde(
        rename = "securityGroups",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_groups: ::std::option::Option<::std::vec::Vec<SecurityGroupSimple>>,
    /// Subnet ID
    ///
    /// **中文**
    ///
    /// 子网ID
    #[serde(
        rename = "subnetId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// Virtual Network ID
    ///
    /// **中文**
    ///
    /// 虚拟网络ID
    #[serde(
        rename = "vpcId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
}
impl InstanceNetworkInterface {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `macAddress`.
    pub fn with_mac_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mac_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `networkInterfaceId`.
    pub fn with_network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `primaryIp`.
    pub fn with_primary_ip(
        mut self,
        value: impl ::std::convert::Into<NetworkInterfacePrivateIp>,
    ) -> Self {
        self.primary_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sanityCheck`.
    pub fn with_sanity_check(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.sanity_check = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secondaryIps`.
    pub fn with_secondary_ips(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<NetworkInterfacePrivateIp>>,
    ) -> Self {
        self.secondary_ips = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `securityGroups`.
    pub fn with_security_groups(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<SecurityGroupSimple>>,
    ) -> Self {
        self.security_groups = ::std::option::Option::Some(value.into());
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
/// `InstanceNetworkInterfaceAttachment`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstances.md` *line 126.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceNetworkInterfaceAttachment {
    /// Indicates whether the network interface is deleted when deleting an instance, and the default is true, which cannot be changed currently
    ///
    /// **中文**
    ///
    /// 指明删除实例时是否删除网卡，默认true；当前只能是true
    #[serde(
        rename = "autoDelete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_delete: ::std::option::Option<bool>,
    /// Device Index
    ///
    /// **中文**
    ///
    /// 设备Index
    #[serde(
        rename = "deviceIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_index: ::std::option::Option<i32>,
    /// Network interface API instance type
    ///
    /// **中文**
    ///
    /// 网卡接口规范
    #[serde(
        rename = "networkInterface",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface: ::std::option::Option<InstanceNetworkInterface>,
}
impl InstanceNetworkInterfaceAttachment {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `autoDelete`.
    pub fn with_auto_delete(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_delete = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deviceIndex`.
    pub fn with_device_index(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.device_index = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `networkInterface`.
    pub fn with_network_interface(
        mut self,
        value: impl ::std::convert::Into<InstanceNetworkInterface>,
    ) -> Self {
        self.network_interface = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceNetworkInterfaceAttachmentSpec`
///
/// *Documented in* `specs/vm/zh/seed/createInstances.md` *line 133.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceNetworkInterfaceAttachmentSpec {
    /// Network device Index, and the primary network interface can only be 1
    ///
    /// **中文**
    ///
    /// 网卡设备Index。创建实例时此参数无须指定且指定无效。
    ///
    /// 对于主网卡默认Index为1。
    #[serde(
        rename = "deviceIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_index: ::std::option::Option<i32>,
    /// 是否随实例一起删除。
    ///
    /// `true`：随实例删除。
    ///
    /// `false`：不随实例删除。
    ///
    /// 主网卡此属性默认为`true`
    #[serde(
        rename = "autoDelete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_delete: ::std::option::Option<bool>,
    /// Network Interface API Instance Type
    ///
    /// **中文**
    ///
    /// 网卡设备详细配置。
    #[serde(
        rename = "networkInterface",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface: ::std::option::Option<NetworkInterfaceSpec>,
}
impl InstanceNetworkInterfaceAttachmentSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `deviceIndex`.
    pub fn with_device_index(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.device_index = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `autoDelete`.
    pub fn with_auto_delete(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_delete = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `networkInterface`.
    pub fn with_network_interface(
        mut self,
        value: impl ::std::convert::Into<NetworkInterfaceSpec>,
    ) -> Self {
        self.network_interface = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstancePrivateIpAddress`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstancePrivateIpAddress.md` *line 42.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstancePrivateIpAddress {
    /// 云主机ID
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// 主网卡内网主IP地址
    #[serde(
        rename = "privateIpAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::string::String>,
}
impl InstancePrivateIpAddress {
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
    /// Sets `privateIpAddress`.
    pub fn with_private_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_ip_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceSpec`
///
/// *Documented in* `specs/vm/zh/seed/createInstances.md` *line 46.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceSpec {
    /// High availability group Id. After the parameter is assigned, the virtual machine is created only through instance template associated with high availability group, and the parameters in instance template cannot be replaced. Parameters other than instance template may be also assigned.
    ///
    /// **中文**
    ///
    /// 高可用组ID。指定此参数后，将默认使用高可用组关联的实例模板创建实例，实例模板中的参数不可覆盖替换。实例模板以外的参数（内网IPv4/Ipv6分配方式、名称、描述、标签）可指定。
    #[serde(
        rename = "agId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ag_id: ::std::option::Option<::std::string::String>,
    /// Instance template id, if no high availability group is used, for the information not existing in the instance template, parameters for virtual machine are required for supplementation, or parameters in the replacement startup template are selected.
    ///
    /// **中文**
    ///
    /// 实例模板ID。指定此参数后，如实例模板中参数不另行指定将默认以模板配置创建实例，如指定则以指定值为准创建。
    ///
    /// 指定 `agId` 时此参数无效。
    #[serde(
        rename = "instanceTemplateId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_template_id: ::std::option::Option<::std::string::String>,
    /// The Availability Zone to which the VM belongs.
    ///
    /// **中文**
    ///
    /// 实例所属的可用区。
    ///
    /// 如不指定 `agId` 以使用高可用组设置的可用区，此参数为必选。
    #[serde(
        rename = "az",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az: ::std::option::Option<::std::string::String>,
    /// Instance Type. Can query [DescribeInstanceTypes](http://docs.jdcloud.com/virtual-machines/api/describeinstancetypes) API for instance type information of the specified zone or availability zone.
    ///
    /// **中文**
    ///
    /// 实例规格。可通过 [DescribeInstanceTypes](https://docs.jdcloud.com/virtual-machines/api/describeinstancetypes) 接口查询各地域及可用区下的规格售卖情况。
    ///
    /// 如不指定 `agId` 或 `instanceTemplateId` 以使用实例模板中配置的规格，此参数为必选。
    #[serde(
        rename = "instanceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// Image ID. Can query [DescribeImages](http://docs.jdcloud.com/virtual-machines/api/describeimages) API for the image information of the specified zone.
    ///
    /// **中文**
    ///
    /// 镜像ID。可通过 [DescribeImages](https://docs.jdcloud.com/virtual-machines/api/describeimages) 接口获得指定地域的镜像信息。
    ///
    /// 如不指定 `agId` 或 `instanceTemplateId` 以使用实例模板中配置的镜像，此参数为必选。
    #[serde(
        rename = "imageId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// VM name, [Refer to the public parameter specification](http://docs.jdcloud.com/virtual-machines/api/general_parameters).
    ///
    /// **中文**
    ///
    /// 实例名称。长度为2~128个字符，只允许中文、数字、大小写字母、英文下划线（_）、连字符（-）及点（.），不能以（.）作为首尾。
    ///
    /// 批量创建多台实例时，可在name中非首位位置以\[start_number\]格式来设置有序name。start_number为起始序号，其位数代表编号字符位数，范围：\[0,9999\]。详情参见为实例设置有序名称及Hostname。
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// 实例hostname。若不指定hostname，则默认以实例名称 `name` 作为hostname，但是会以RFC 952和RFC 1123命名规范做一定转义。
    ///
    /// **Windows系统**：长度为2~15个字符，允许大小写字母、数字或连字符（-），不能以连字符（-）开头或结尾，不能连续使用连字符（-），也不能全部使用数字。不支持点号（.）。
    ///
    /// **Linux系统**：长度为2-64个字符，允许支持多个点号，点之间为一段，每段允许使用大小写字母、数字或连字符（-），但不能连续使用点号（.）或连字符（-），不能以点号（.）或连字符（-）开头或结尾。
    ///
    /// 批量创建多台实例时，可在hostname中非首位位置以\[start_number\]格式来设置有序hostname。start_number为起始序号，其位数代表编号字符位数，范围：\[0,9999\]。详情参见为实例设置有序名称及Hostname。
    #[serde(
        rename = "hostname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hostname: ::std::option::Option<::std::string::String>,
    /// Password, [Refer to the public parameter specification](http://docs.jdcloud.com/virtual-machines/api/general_parameters).
    ///
    /// **中文**
    ///
    /// 实例密码。可用于SSH登录和VNC登录。长度为8~30个字符，必须同时包含大、小写英文字母、数字和特殊符号中的三类字符。特殊符号包括：()\`~!@#$%^&amp;*_-+=\|{}\[ \]:";'&lt;&gt;,.?/，更多密码输入要求请参见 [公共参数规范](https://docs.jdcloud.com/virtual-machines/api/general_parameters)。
    ///
    /// 如指定密钥且 `passwordAuth` 设置为 `true` ，则密码不会生成注入，否则即使不指定密码系统也将默认自动生成随机密码，并以短信和邮件通知。
    #[serde(
        rename = "password",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
    /// The key pair name currently only supports incoming one.
    ///
    /// **中文**
    ///
    /// 密钥对名称。仅Linux系统下该参数生效，当前仅支持输入单个密钥。
    #[serde(
        rename = "keyNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// EIP specification associated with the primary IP of the primary network interface
    ///
    /// **中文**
    ///
    /// 主网卡主IP关联的弹性公网IP配置。
    #[serde(
        rename = "elasticIp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ip: ::std::option::Option<ElasticIpSpec>,
    /// Primary Network Interface Configuration Information
    ///
    /// **中文**
    ///
    /// 主网卡配置。
    #[serde(
        rename = "primaryNetworkInterface",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_network_interface: ::std::option::Option<InstanceNetworkInterfaceAttachmentSpec>,
    /// System Disk Configuration Information
    ///
    /// **中文**
    ///
    /// 系统盘配置。
    #[serde(
        rename = "systemDisk",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk: ::std::option::Option<InstanceDiskAttachmentSpec>,
    /// The configuration information of the data disk. The VM with a local disk as its system disk can be attach 8 cloud disks, and the VM with a cloud disk as its system disk can be attach another 7 cloud disks.
    ///
    /// **中文**
    ///
    /// 数据盘配置。单实例最多可挂载云硬盘（系统盘+数据盘）的数量受实例规格的限制。
    #[serde(
        rename = "dataDisks",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disks: ::std::option::Option<::std::vec::Vec<InstanceDiskAttachmentSpec>>,
    /// Billing Configuration
    ///
    /// The VM does not support pay by consumption. The default value is pay by configuration.
    ///
    /// In the case of packaging cloud disks, the billing method of the cloud disks can only be consistent with the VM.
    ///
    /// In the case of packaging an EIP, if the EIP is not specified to be paid by consumption, the EIP billing method can only be consistent with the VM.
    ///
    /// **中文**
    ///
    /// 计费配置。
    ///
    /// 云主机不支持按用量方式计费，默认为按配置计费。
    ///
    /// 打包创建数据盘的情况下，数据盘的计费方式只能与云主机保持一致。
    ///
    /// 打包创建弹性公网IP的情况下，若公网IP的计费方式没有指定为按用量计费，那么公网IP计费方式只能与云主机保持一致。
    #[serde(
        rename = "charge",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge: ::std::option::Option<ChargeSpec>,
    /// 用户自定义元数据。以key-value键值对形式指定，可在实例系统内通过元数据服务查询获取。最多支持40对键值对，且key不超过256字符，value不超过16KB，不区分大小写。
    ///
    /// 注意：key不要以连字符(-)结尾，否则此key不生效。
    #[serde(
        rename = "metadata",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metadata: ::std::option::Option<::std::vec::Vec<Metadata>>,
    /// 自定义脚本。目前仅支持启动脚本，即 `launch-script`，须 `base64` 编码且编码前数据长度不能超过16KB。
    ///
    /// **linux系统**：支持 `bash` 和 `python`，编码前须分别以 `#!/bin/bash` 和 `#!/usr/bin/env python` 作为内容首行。
    ///
    /// **Windows系统**：支持 `bat` 和 `powershell`，编码前须分别以 `<cmd></cmd>和<powershell></powershell>` 作为内容首、尾行。
    #[serde(
        rename = "userdata",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub userdata: ::std::option::Option<::std::vec::Vec<Userdata>>,
    /// VM Description, [Refer to the public parameter specification](http://docs.jdcloud.com/virtual-machines/api/general_parameters).
    ///
    /// **中文**
    ///
    /// 实例描述。256字符以内。
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 使用实例模板创建实例时，如模板中已设置密码，期望不使用该密码而由系统自动生成时，可通过此参数（`true`）实现。
    ///
    /// 可选值：
    ///
    /// `true`：不使用实例模板中配置的密码。
    ///
    /// `false`：使用实例模板中配置的密码。
    ///
    /// 仅在未指定 `agId` 且指定 `instanceTemplateId`，且 `password` 为空时，此参数(`true`)生效。
    #[serde(
        rename = "noPassword",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub no_password: ::std::option::Option<bool>,
    /// 使用实例模板创建实例时，如模板中已设置密钥，期望不使用该密钥仅使用密码作为登录凭证时，可通过此参数（`true`）实现。
    ///
    /// 仅在未指定 `agId` 且指定 `instanceTemplateId`，且 `keyNames` 为空时，此参数(`true`)生效。
    #[serde(
        rename = "noKeyNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub no_key_names: ::std::option::Option<bool>,
    /// 使用实例模板创建实例时，如模板中已设置弹性公网IP，期望不绑定弹性公网IP时，可通过此参数（`true`）实现。
    ///
    /// 仅在未指定 `agId` 且指定 `instanceTemplateId`，且 `elasticIp` 为空时，此参数(`true`)生效。
    #[serde(
        rename = "noElasticIp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub no_elastic_ip: ::std::option::Option<bool>,
    /// 自定义实例标签。以key-value键值对形式指定，最多支持10个标签。key不能以 "jrn:" 或“jdc-”开头，仅支持中文、大/小写英文、数字及如下符号：`\_.,:\/=+-@`。
    #[serde(
        rename = "userTags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// 停机不计费模式。该参数仅对按配置计费且系统盘为云硬盘的实例生效，并且不是专有宿主机中的实例。配置停机不计费且停机后，实例部分将停止计费，且释放实例自身包含的资源（CPU/内存/GPU/本地数据盘）。
    ///
    /// 可选值：
    ///
    /// `keepCharging`（默认值）：停机后保持计费，不释放资源。
    ///
    /// `stopCharging`：停机后停止计费，释放实例资源。
    #[serde(
        rename = "chargeOnStopped",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_on_stopped: ::std::option::Option<InstanceSpecChargeOnStopped>,
    /// 自动任务策略ID。
    #[serde(
        rename = "autoImagePolicyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_image_policy_id: ::std::option::Option<::std::string::String>,
    /// 允许SSH密码登录。
    ///
    /// 可选值：
    ///
    /// `yes`（默认值）：允许SSH密码登录。
    ///
    /// `no`：禁止SSH密码登录。
    ///
    /// 仅在指定密钥时此参数有效，指定此参数后密码即使输入也将被忽略，同时会在系统内禁用SSH密码登录。
    #[serde(
        rename = "passwordAuth",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password_auth: ::std::option::Option<InstanceSpecPasswordAuth>,
    /// 使用镜像中的登录凭证，无须再指定密码或密钥（指定无效）。
    ///
    /// 可选值：
    ///
    /// `yes`：使用镜像登录凭证。
    ///
    /// `no`（默认值）：不使用镜像登录凭证。
    ///
    /// 仅使用私有或共享镜像时此参数有效。
    #[serde(
        rename = "imageInherit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_inherit: ::std::option::Option<InstanceSpecImageInherit>,
}
impl InstanceSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `agId`.
    pub fn with_ag_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ag_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceTemplateId`.
    pub fn with_instance_template_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_template_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `az`.
    pub fn with_az(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.az = ::std::option::Option::Some(value.into());
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
    /// Sets `imageId`.
    pub fn with_image_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hostname`.
    pub fn with_hostname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hostname = ::std::option::Option::Some(value.into());
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
    /// Sets `keyNames`.
    pub fn with_key_names(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.key_names = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `elasticIp`.
    pub fn with_elastic_ip(mut self, value: impl ::std::convert::Into<ElasticIpSpec>) -> Self {
        self.elastic_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `primaryNetworkInterface`.
    pub fn with_primary_network_interface(
        mut self,
        value: impl ::std::convert::Into<InstanceNetworkInterfaceAttachmentSpec>,
    ) -> Self {
        self.primary_network_interface = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `systemDisk`.
    pub fn with_system_disk(
        mut self,
        value: impl ::std::convert::Into<InstanceDiskAttachmentSpec>,
    ) -> Self {
        self.system_disk = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataDisks`.
    pub fn with_data_disks(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InstanceDiskAttachmentSpec>>,
    ) -> Self {
        self.data_disks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `charge`.
    pub fn with_charge(mut self, value: impl ::std::convert::Into<ChargeSpec>) -> Self {
        self.charge = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn with_metadata(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Metadata>>,
    ) -> Self {
        self.metadata = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `userdata`.
    pub fn with_userdata(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Userdata>>,
    ) -> Self {
        self.userdata = ::std::option::Option::Some(value.into());
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
    /// Sets `noPassword`.
    pub fn with_no_password(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.no_password = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `noKeyNames`.
    pub fn with_no_key_names(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.no_key_names = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `noElasticIp`.
    pub fn with_no_elastic_ip(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.no_elastic_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `userTags`.
    pub fn with_user_tags(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Tag>>,
    ) -> Self {
        self.user_tags = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeOnStopped`.
    pub fn with_charge_on_stopped(
        mut self,
        value: impl ::std::convert::Into<InstanceSpecChargeOnStopped>,
    ) -> Self {
        self.charge_on_stopped = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `autoImagePolicyId`.
    pub fn with_auto_image_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_image_policy_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `passwordAuth`.
    pub fn with_password_auth(
        mut self,
        value: impl ::std::convert::Into<InstanceSpecPasswordAuth>,
    ) -> Self {
        self.password_auth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `imageInherit`.
    pub fn with_image_inherit(
        mut self,
        value: impl ::std::convert::Into<InstanceSpecImageInherit>,
    ) -> Self {
        self.image_inherit = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for InstanceSpec {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InstanceSpec")
            .field("agId", &self.ag_id)
            .field("instanceTemplateId", &self.instance_template_id)
            .field("az", &self.az)
            .field("instanceType", &self.instance_type)
            .field("imageId", &self.image_id)
            .field("name", &self.name)
            .field("hostname", &self.hostname)
            .field("password", &"***")
            .field("keyNames", &self.key_names)
            .field("elasticIp", &self.elastic_ip)
            .field("primaryNetworkInterface", &self.primary_network_interface)
            .field("systemDisk", &self.system_disk)
            .field("dataDisks", &self.data_disks)
            .field("charge", &self.charge)
            .field("metadata", &self.metadata)
            .field("userdata", &self.userdata)
            .field("description", &self.description)
            .field("noPassword", &"***")
            .field("noKeyNames", &self.no_key_names)
            .field("noElasticIp", &self.no_elastic_ip)
            .field("userTags", &self.user_tags)
            .field("chargeOnStopped", &self.charge_on_stopped)
            .field("autoImagePolicyId", &self.auto_image_policy_id)
            .field("passwordAuth", &"***")
            .field("imageInherit", &self.image_inherit)
            .finish()
    }
}
/// `InstanceStatus`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/describeInstanceStatus.md` *line 43.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceStatus {
    /// VM ID
    ///
    /// **中文**
    ///
    /// 云主机ID
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// [Refer to virtual machine status](https://www.jdcloud.com/help/detail/3869/isCatalog/1)
    ///
    /// **中文**
    ///
    /// [参考云主机状态](http://docs.jdcloud.com/virtual-machines/api/vm_status)
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
}
impl InstanceStatus {
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
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceTemplateDiskAttachmentSpec`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/createInstanceTemplate.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceTemplateDiskAttachmentSpec {
    /// Disk Category, with value of local disk (local) or Data Disk (cloud).
    ///
    /// The system disk supports the local disk (local) or Cloud Disk Service (cloud). In case the local type is selected for the system disk, the localDisk type image must be used; similarly, in case the cloud type is selected for the system disk, the cloudDisk type image must be used.
    ///
    /// The data disk only supports Cloud Disk Service (cloud).
    #[serde(
        rename = "diskCategory",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_category: ::std::option::Option<::std::string::String>,
    /// In case of deletion along with Virtual Machines, the disk is automatically deleted when Virtual Machines are deleted. It is default as true, and the local disk (local) cannot change the value.
    ///
    /// This parameter is invalid, if the data disk (cloud) in Virtual Machines is in the billing method of monthly package.
    ///
    /// This parameter is invalid, if the data disk (cloud) in Virtual Machines is of shared type.
    #[serde(
        rename = "autoDelete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_delete: ::std::option::Option<bool>,
    /// Data Disk Specification
    #[serde(
        rename = "cloudDiskSpec",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cloud_disk_spec: ::std::option::Option<InstanceTemplateDiskSpec>,
    /// Logical attach point of data disk, value range: vda,vdb,vdc,vdd,vde,vdf,vdg,vdh,vdi,vmj,vdk,vdl,vdm
    ///
    /// Corrected (`specs/corrections.toml:8`): allowed value `vdj` (the page says `vmj`). Why: the page lists `vmj` between `vdi` and `vdk`, a typo of `vdj`.
    #[serde(
        rename = "deviceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_name: ::std::option::Option<InstanceTemplateDiskAttachmentSpecDeviceName>,
    /// In case of device exclusion, this parameter noDevice is used along with deviceName.
    ///
    /// Create the template: e.g., deviceName:vdb, noDevice:true, it indicates that the data disk vdb in images cannot be involved in Virtual Machines creation.
    #[serde(
        rename = "noDevice",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub no_device: ::std::option::Option<bool>,
}
impl InstanceTemplateDiskAttachmentSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `diskCategory`.
    pub fn with_disk_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disk_category = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `autoDelete`.
    pub fn with_auto_delete(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_delete = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cloudDiskSpec`.
    pub fn with_cloud_disk_spec(
        mut self,
        value: impl ::std::convert::Into<InstanceTemplateDiskSpec>,
    ) -> Self {
        self.cloud_disk_spec = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deviceName`.
    pub fn with_device_name(
        mut self,
        value: impl ::std::convert::Into<InstanceTemplateDiskAttachmentSpecDeviceName>,
    ) -> Self {
        self.device_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `noDevice`.
    pub fn with_no_device(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.no_device = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceTemplateDiskSpec`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/createInstanceTemplate.md` *line 47.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceTemplateDiskSpec {
    /// Cloud Disk Service type, with values of ssd, premium-hdd, hdd.std1, ssd.gp1 and ssd.io1
    #[serde(
        rename = "diskType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_type: ::std::option::Option<InstanceTemplateDiskSpecDiskType>,
    /// Size of Cloud Disk Service is in GiB; the value range of ssd type \[20,1000\]GB, and the step length is 10G, the value range of premium-hdd type \[20,3000\]GB, and the step length is 10G, the value range of hdd.std1, ssd.gp1 and ssd.io1 types is \[20-16000\]GB, and the step length is10GB
    #[serde(
        rename = "diskSizeGB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_size_gb: ::std::option::Option<i32>,
    /// The snapshot ID used for creating Cloud Disk Service
    #[serde(
        rename = "snapshotId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
}
impl InstanceTemplateDiskSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `diskType`.
    pub fn with_disk_type(
        mut self,
        value: impl ::std::convert::Into<InstanceTemplateDiskSpecDiskType>,
    ) -> Self {
        self.disk_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `diskSizeGB`.
    pub fn with_disk_size_gb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.disk_size_gb = ::std::option::Option::Some(value.into());
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
/// `InstanceTemplateElasticIpSpec`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/createInstanceTemplate.md` *line 65.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceTemplateElasticIpSpec {
    /// Elastic IP Speed Limit Unit: MB
    #[serde(rename = "bandwidthMbps", default)]
    pub bandwidth_mbps: i32,
    /// IP Service Provider, Value: BGP,nonBGP
    #[serde(
        rename = "provider",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider: ::std::option::Option<InstanceTemplateElasticIpSpecProvider>,
    /// Billing type, billing by bandwidth supported, billing by flow supported
    #[serde(rename = "chargeMode", default)]
    pub charge_mode: ::std::string::String,
}
impl InstanceTemplateElasticIpSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        bandwidth_mbps: impl ::std::convert::Into<i32>,
        charge_mode: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            bandwidth_mbps: bandwidth_mbps.into(),
            charge_mode: charge_mode.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `provider`.
    pub fn with_provider(
        mut self,
        value: impl ::std::convert::Into<InstanceTemplateElasticIpSpecProvider>,
    ) -> Self {
        self.provider = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceTemplateNetworkInterfaceAttachmentSpec`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/createInstanceTemplate.md` *line 53.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceTemplateNetworkInterfaceAttachmentSpec {
    /// Device Index; The index of primary network interface must be 1; only the primary network interface is supported now
    #[serde(
        rename = "deviceIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_index: ::std::option::Option<i32>,
    /// Indicate if the network interface is deleted when an instance is deleted, it is true by default; it can only be true now
    #[serde(
        rename = "autoDelete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_delete: ::std::option::Option<bool>,
    /// Network interface API specification; this field must be filled in now
    #[serde(rename = "networkInterface", default)]
    pub network_interface: InstanceTemplateNetworkInterfaceSpec,
}
impl InstanceTemplateNetworkInterfaceAttachmentSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        network_interface: impl ::std::convert::Into<InstanceTemplateNetworkInterfaceSpec>,
    ) -> Self {
        Self {
            network_interface: network_interface.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `deviceIndex`.
    pub fn with_device_index(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.device_index = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `autoDelete`.
    pub fn with_auto_delete(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_delete = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceTemplateNetworkInterfaceSpec`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/createInstanceTemplate.md` *line 59.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceTemplateNetworkInterfaceSpec {
    /// Subnet ID
    #[serde(rename = "subnetId", default)]
    pub subnet_id: ::std::string::String,
    /// Security Group ID List
    #[serde(
        rename = "securityGroups",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// PortSecurity, with value 0 or 1 and default value 1
    #[serde(
        rename = "sanityCheck",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sanity_check: ::std::option::Option<i32>,
}
impl InstanceTemplateNetworkInterfaceSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(subnet_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            subnet_id: subnet_id.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `securityGroups`.
    pub fn with_security_groups(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.security_groups = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sanityCheck`.
    pub fn with_sanity_check(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.sanity_check = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceTemplateSpec`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/createInstanceTemplate.md` *line 28.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceTemplateSpec {
    /// For the instance type, can search the[DescribeInstanceTypes](http://docs.jdcloud.com/virtual-machines/api/describeinstancetypes) API to obtain the specification information of the specified region or availability zone.
    #[serde(rename = "instanceType", default)]
    pub instance_type: ::std::string::String,
    /// For the image ID, can search the [DescribeImages](http://docs.jdcloud.com/virtual-machines/api/describeimages)API to obtain the image information of the specified region.
    #[serde(rename = "imageId", default)]
    pub image_id: ::std::string::String,
    /// For the password, [refer to the public parameter specification](http://docs.jdcloud.com/virtual-machines/api/general_parameters).
    #[serde(
        rename = "password",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
    /// Key Pair Name; only support one now
    #[serde(
        rename = "keyNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Elastic IP specification related to primary IP of primary network interface
    #[serde(
        rename = "elasticIp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ip: ::std::option::Option<InstanceTemplateElasticIpSpec>,
    /// Primary Network Interface Configuration Information
    #[serde(rename = "primaryNetworkInterface", default)]
    pub primary_network_interface: InstanceTemplateNetworkInterfaceAttachmentSpec,
    /// System Disk Configuration Information
    #[serde(rename = "systemDisk", default)]
    pub system_disk: InstanceTemplateDiskAttachmentSpec,
    /// Configuration Information of Data Disk
    #[serde(
        rename = "dataDisks",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disks: ::std::option::Option<::std::vec::Vec<InstanceTemplateDiskAttachmentSpec>>,
}
impl InstanceTemplateSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        instance_type: impl ::std::convert::Into<::std::string::String>,
        image_id: impl ::std::convert::Into<::std::string::String>,
        primary_network_interface: impl ::std::convert::Into<
            InstanceTemplateNetworkInterfaceAttachmentSpec,
        >,
        system_disk: impl ::std::convert::Into<InstanceTemplateDiskAttachmentSpec>,
    ) -> Self {
        Self {
            instance_type: instance_type.into(),
            image_id: image_id.into(),
            primary_network_interface: primary_network_interface.into(),
            system_disk: system_disk.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `password`.
    pub fn with_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `keyNames`.
    pub fn with_key_names(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.key_names = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `elasticIp`.
    pub fn with_elastic_ip(
        mut self,
        value: impl ::std::convert::Into<InstanceTemplateElasticIpSpec>,
    ) -> Self {
        self.elastic_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataDisks`.
    pub fn with_data_disks(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InstanceTemplateDiskAttachmentSpec>>,
    ) -> Self {
        self.data_disks = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for InstanceTemplateSpec {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InstanceTemplateSpec")
            .field("instanceType", &self.instance_type)
            .field("imageId", &self.image_id)
            .field("password", &"***")
            .field("keyNames", &self.key_names)
            .field("elasticIp", &self.elastic_ip)
            .field("primaryNetworkInterface", &self.primary_network_interface)
            .field("systemDisk", &self.system_disk)
            .field("dataDisks", &self.data_disks)
            .finish()
    }
}
/// `InstanceType`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/describeInstanceTypes.md` *line 42.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceType {
    /// Instance Type
    ///
    /// **中文**
    ///
    /// 实例规格类型
    #[serde(
        rename = "family",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub family: ::std::option::Option<::std::string::String>,
    /// Instance type, such as g.b1.2xlarge
    ///
    /// **中文**
    ///
    /// 实例规格，比如g.b1.2xlarge
    #[serde(
        rename = "instanceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// Memory Size
    ///
    /// **中文**
    ///
    /// 内存大小
    #[serde(
        rename = "memoryMB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory_mb: ::std::option::Option<i32>,
    /// Instance Type Status
    ///
    /// **中文**
    ///
    /// 规格状态
    #[serde(
        rename = "state",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<::std::vec::Vec<InstanceTypeState>>,
    /// Number of Elastic Network Interface Supported
    ///
    /// **中文**
    ///
    /// 支持弹性网卡的数量
    #[serde(
        rename = "nicLimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nic_limit: ::std::option::Option<i32>,
    /// Gpu configuration
    ///
    /// **中文**
    ///
    /// Gpu配置
    #[serde(
        rename = "gpu",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu: ::std::option::Option<Gpu>,
    /// Configuration of local cache disk, only available for Gpu specification
    ///
    /// **中文**
    ///
    /// 本地缓存盘配置，目前只有Gpu规格上才有
    #[serde(
        rename = "localDisks",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_disks: ::std::option::Option<::std::vec::Vec<LocalDisk>>,
    /// CPU Number
    ///
    /// **中文**
    ///
    /// cpu个数
    #[serde(
        rename = "cpu",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu: ::std::option::Option<i32>,
    /// Description
    ///
    /// **中文**
    ///
    /// 描述
    #[serde(
        rename = "desc",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub desc: ::std::option::Option<::std::string::String>,
}
impl InstanceType {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `family`.
    pub fn with_family(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.family = ::std::option::Option::Some(value.into());
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
    /// Sets `memoryMB`.
    pub fn with_memory_mb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.memory_mb = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `state`.
    pub fn with_state(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InstanceTypeState>>,
    ) -> Self {
        self.state = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `nicLimit`.
    pub fn with_nic_limit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.nic_limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `gpu`.
    pub fn with_gpu(mut self, value: impl ::std::convert::Into<Gpu>) -> Self {
        self.gpu = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `localDisks`.
    pub fn with_local_disks(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<LocalDisk>>,
    ) -> Self {
        self.local_disks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cpu`.
    pub fn with_cpu(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.cpu = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `desc`.
    pub fn with_desc(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.desc = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceTypeState`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/describeInstanceTypes.md` *line 64.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceTypeState {
    /// Availability Zone
    ///
    /// **中文**
    ///
    /// 可用区
    #[serde(
        rename = "az",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az: ::std::option::Option<::std::string::String>,
    /// Tradable details, true: available, false: sold out, unavailable
    ///
    /// **中文**
    ///
    /// 可售卖情况，true:可售卖、false:已售罄不可用
    #[serde(
        rename = "inStock",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub in_stock: ::std::option::Option<bool>,
}
impl InstanceTypeState {
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
    /// Sets `inStock`.
    pub fn with_in_stock(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.in_stock = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Keypair`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/describeKeypairs.md` *line 44.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Keypair {
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
    /// Fingerprint of key pairs, based on the public key fingerprint format defined by RFC4716, with the MD5 information digest algorithm applied.
    ///
    /// **中文**
    ///
    /// 密钥对的指纹，根据 RFC4716 定义的公钥指纹格式，采用 MD5 信息摘要算法。
    #[serde(
        rename = "keyFingerprint",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_fingerprint: ::std::option::Option<::std::string::String>,
    /// Key Pair Name
    ///
    /// **中文**
    ///
    /// 密钥对名称
    #[serde(
        rename = "keyName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_name: ::std::option::Option<::std::string::String>,
}
impl Keypair {
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
    /// Sets `keyFingerprint`.
    pub fn with_key_fingerprint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_fingerprint = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `keyName`.
    pub fn with_key_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// `LocalDisk`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstances.md` *line 121.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct LocalDisk {
    /// Disk size
    ///
    /// **中文**
    ///
    /// 磁盘大小
    #[serde(
        rename = "diskSizeGB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_size_gb: ::std::option::Option<i32>,
    /// Disk type, value range {premium-hdd,  ssd}
    ///
    /// **中文**
    ///
    /// 磁盘类型，取值范围{premium-hdd, ssd}
    #[serde(
        rename = "diskType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_type: ::std::option::Option<LocalDiskDiskType>,
}
impl LocalDisk {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `diskSizeGB`.
    pub fn with_disk_size_gb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.disk_size_gb = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `diskType`.
    pub fn with_disk_type(mut self, value: impl ::std::convert::Into<LocalDiskDiskType>) -> Self {
        self.disk_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Metadata`
///
/// *Documented in* `specs/vm/zh/seed/createInstances.md` *line 90.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Metadata {
    /// key，字符长度不超过256，支持全字符。不能以连字符(-)结尾，否则此key不生效。
    #[serde(
        rename = "key",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key: ::std::option::Option<::std::string::String>,
    /// value，字符长度不超过16KB，支持全字符。
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl Metadata {
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
/// `NetworkInterfacePrivateIp`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstances.md` *line 143.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkInterfacePrivateIp {
    /// Elastic IP instance address
    ///
    /// **中文**
    ///
    /// 弹性IP实例地址
    #[serde(
        rename = "elasticIpAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ip_address: ::std::option::Option<::std::string::String>,
    /// Elastic IP instance ID
    ///
    /// **中文**
    ///
    /// 弹性IP实例ID
    #[serde(
        rename = "elasticIpId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ip_id: ::std::option::Option<::std::string::String>,
    /// IPV4 address of private IP
    ///
    /// **中文**
    ///
    /// 私有IP的IPV4地址
    #[serde(
        rename = "privateIpAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::string::String>,
}
impl NetworkInterfacePrivateIp {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `elasticIpAddress`.
    pub fn with_elastic_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.elastic_ip_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `elasticIpId`.
    pub fn with_elastic_ip_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.elastic_ip_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `privateIpAddress`.
    pub fn with_private_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_ip_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// `NetworkInterfaceSpec`
///
/// *Documented in* `specs/vm/zh/seed/createInstances.md` *line 140.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkInterfaceSpec {
    /// Subnet ID
    ///
    /// **中文**
    ///
    /// 子网ID
    #[serde(rename = "subnetId", default)]
    pub subnet_id: ::std::string::String,
    /// Availability Zone, User’s Default Availability Zone
    ///
    /// **中文**
    ///
    /// 网卡可用区。创建实例时此参数无须指定且指定无效。
    #[serde(
        rename = "az",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az: ::std::option::Option<::std::string::String>,
    /// Network interface name, only allow Chinese, numbers, capital and lowercase letters, English underline “_” and line-through “-”, must provide a name which cannot exceed 32 characters.
    ///
    /// **中文**
    ///
    /// 网卡名称。创建实例时此参数无须指定且指定无效。
    #[serde(
        rename = "networkInterfaceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_name: ::std::option::Option<::std::string::String>,
    /// Network interface primary IP, if it has not been assigned, it will be allocated automatically from the subnet
    ///
    /// **中文**
    ///
    /// 网卡主IP。如不指定，则自动从所选子网可用IP中分配；如指定，请在在子网可用IP范围内指定。
    ///
    /// 指定IP地址时，主机数量`maxCount`仅可指定为`1`。
    #[serde(
        rename = "primaryIpAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_ip_address: ::std::option::Option<::std::string::String>,
    /// Secondary IP List
    ///
    /// **中文**
    ///
    /// 网卡辅助内网IP地址。创建实例时此参数无须指定且指定无效。
    #[serde(
        rename = "secondaryIpAddresses",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secondary_ip_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Amount of Secondary IP Assigned Automatically
    ///
    /// **中文**
    ///
    /// 自动分配的网卡辅助内网IP数量。创建实例时此参数无须指定且指定无效
    #[serde(
        rename = "secondaryIpCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secondary_ip_count: ::std::option::Option<i32>,
    /// Security Group ID list to be associated, a maximum of 5 Security Groups can be done
    ///
    /// **中文**
    ///
    /// 实例（主网卡）所属绑定的安全组ID。最多可指定5个。
    #[serde(
        rename = "securityGroups",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Source and target IP address verification, with value 0 or 1, default value is 1
    ///
    /// **中文**
    ///
    /// 参数已弃用，指定无效。
    #[serde(
        rename = "sanityCheck",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sanity_check: ::std::option::Option<i32>,
    /// Description, allow all characters under UTF-8 coding, which cannot exceed 256 characters
    ///
    /// **中文**
    ///
    /// 网卡描述。创建实例时此参数无须指定且指定无效。
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
}
impl NetworkInterfaceSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(subnet_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            subnet_id: subnet_id.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `az`.
    pub fn with_az(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.az = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `networkInterfaceName`.
    pub fn with_network_interface_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `primaryIpAddress`.
    pub fn with_primary_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.primary_ip_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secondaryIpAddresses`.
    pub fn with_secondary_ip_addresses(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.secondary_ip_addresses = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secondaryIpCount`.
    pub fn with_secondary_ip_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.secondary_ip_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `securityGroups`.
    pub fn with_security_groups(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.security_groups = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sanityCheck`.
    pub fn with_sanity_check(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.sanity_check = ::std::option::Option::Some(value.into());
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
}
/// `Quota`
///
/// *Documented in* `specs/vm/en/jdcloudcom-en/describeQuotas.md` *line 41.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Quota {
    /// Source Type \[instance, keypair, image, instanceTemplate\]
    ///
    /// **中文**
    ///
    /// 资源类型\[instance，keypair，image，instanceTemplate\]
    #[serde(
        rename = "resourceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// Used Quota
    ///
    /// **中文**
    ///
    /// 已用配额
    #[serde(
        rename = "used",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used: ::std::option::Option<i32>,
    /// Upper Quota Limit
    ///
    /// **中文**
    ///
    /// 配额上限
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i32>,
}
impl Quota {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
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
    /// Sets `limit`.
    pub fn with_limit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.limit = ::std::option::Option::Some(value.into());
        self
    }
}
/// `SecurityGroupSimple`
///
/// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstances.md` *line 149.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SecurityGroupSimple {
    /// Security groupID
    ///
    /// **中文**
    ///
    /// 安全组ID
    #[serde(
        rename = "groupId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_id: ::std::option::Option<::std::string::String>,
    /// Security group name
    ///
    /// **中文**
    ///
    /// 安全组名称
    #[serde(
        rename = "groupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_name: ::std::option::Option<::std::string::String>,
}
impl SecurityGroupSimple {
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
    /// Sets `groupName`.
    pub fn with_group_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Tag`
///
/// *Documented in* `specs/vm/zh/seed/createInstances.md` *line 76.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Tag {
    /// Tag Key
    ///
    /// **中文**
    ///
    /// 标签key。长度不能超过127字符，不能以 `jrn:` 或 `jdc-` 开头，仅支持中文、大/小写英文、数字及如下符号：`\_.,:\/=+-@`。
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
    /// 标签value。长度不能超过255字符，仅支持中文、大/小写英文、数字及如下符号：`\_.,:\/=+-@`。
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
/// `Userdata`
///
/// *Documented in* `specs/vm/zh/seed/createInstances.md` *line 83.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Userdata {
    /// 脚本类型，当前仅支持输入 `launch-script`，即启动脚本。
    #[serde(
        rename = "key",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key: ::std::option::Option<::std::string::String>,
    /// 脚本内容，须 `Base64` 编码，且编码前长度不能超过16KB。
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl Userdata {
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
    /// `postpaid_by_duration`
    PostpaidByDuration,
    /// `prepaid_by_duration`
    PrepaidByDuration,
    /// `postpaid_by_usage`
    PostpaidByUsage,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ChargeSpecChargeMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PostpaidByDuration => "postpaid_by_duration",
            Self::PrepaidByDuration => "prepaid_by_duration",
            Self::PostpaidByUsage => "postpaid_by_usage",
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
            "postpaid_by_duration" => Self::PostpaidByDuration,
            "prepaid_by_duration" => Self::PrepaidByDuration,
            "postpaid_by_usage" => Self::PostpaidByUsage,
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
/// Billing unit of Pay-In-Advance, the Pay-In-Advance is compulsory, and valid only when chargeMode is prepaid_by_duration, and the value is month or year and month by default
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
/// Type of the cloud disk, value ssd or premium-hdd
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DiskSpecDiskType {
    /// `ssd.gp1`
    SsdGp1,
    /// `ssd.io1`
    SsdIo1,
    /// `hdd.std1`
    HddStd1,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl DiskSpecDiskType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SsdGp1 => "ssd.gp1",
            Self::SsdIo1 => "ssd.io1",
            Self::HddStd1 => "hdd.std1",
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
            "ssd.gp1" => Self::SsdGp1,
            "ssd.io1" => Self::SsdIo1,
            "hdd.std1" => Self::HddStd1,
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
/// Allowed values of ElasticIpSpecProvider.
///
/// IP service provider, values include bgp or no_bgp, cn-north-1: bgp; cn-south-1: \[bgp, no_bgp\]; cn-east-1: \[bgp, no_bgp\]; cn-east-2: bgp
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ElasticIpSpecProvider {
    /// `bgp`
    Bgp,
    /// `no_bgp`
    NoBgp,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ElasticIpSpecProvider {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bgp => "bgp",
            Self::NoBgp => "no_bgp",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ElasticIpSpecProvider {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ElasticIpSpecProvider {
    fn from(value: &str) -> Self {
        match value {
            "bgp" => Self::Bgp,
            "no_bgp" => Self::NoBgp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ElasticIpSpecProvider {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ElasticIpSpecProvider {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ElasticIpSpecProvider {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ElasticIpSpecProvider {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of ImageArchitecture.
///
/// Image architecture. i386, x86_64
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ImageArchitecture {
    /// `i386`
    I386,
    /// `x86_64`
    X8664,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ImageArchitecture {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::I386 => "i386",
            Self::X8664 => "x86_64",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ImageArchitecture {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ImageArchitecture {
    fn from(value: &str) -> Self {
        match value {
            "i386" => Self::I386,
            "x86_64" => Self::X8664,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ImageArchitecture {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ImageArchitecture {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ImageArchitecture {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ImageArchitecture {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of ImageImageSource.
///
/// image source,  jcloud: public image,  marketplace: image marketplace,  image self: user's own image share: image shared by other users
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ImageImageSource {
    /// `jcloud`
    Jcloud,
    /// `marketplace`
    Marketplace,
    /// `self`
    Self_,
    /// `shared`
    Shared,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ImageImageSource {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Jcloud => "jcloud",
            Self::Marketplace => "marketplace",
            Self::Self_ => "self",
            Self::Shared => "shared",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ImageImageSource {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ImageImageSource {
    fn from(value: &str) -> Self {
        match value {
            "jcloud" => Self::Jcloud,
            "marketplace" => Self::Marketplace,
            "self" => Self::Self_,
            "shared" => Self::Shared,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ImageImageSource {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ImageImageSource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ImageImageSource {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ImageImageSource {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of ImageOsType.
///
/// OS type. Value: \[windows, linux\]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ImageOsType {
    /// `windows`
    Windows,
    /// `linux`
    Linux,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ImageOsType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Windows => "windows",
            Self::Linux => "linux",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ImageOsType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ImageOsType {
    fn from(value: &str) -> Self {
        match value {
            "windows" => Self::Windows,
            "linux" => Self::Linux,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ImageOsType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ImageOsType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ImageOsType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ImageOsType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of ImagePlatform.
///
/// OS Release version. Ubuntu, CentOS, Windows Server
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ImagePlatform {
    /// `Ubuntu`
    Ubuntu,
    /// `CentOS`
    CentOs,
    /// `Windows Server`
    WindowsServer,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ImagePlatform {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ubuntu => "Ubuntu",
            Self::CentOs => "CentOS",
            Self::WindowsServer => "Windows Server",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ImagePlatform {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ImagePlatform {
    fn from(value: &str) -> Self {
        match value {
            "Ubuntu" => Self::Ubuntu,
            "CentOS" => Self::CentOs,
            "Windows Server" => Self::WindowsServer,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ImagePlatform {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ImagePlatform {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ImagePlatform {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ImagePlatform {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of ImageRootDeviceType.
///
/// 镜像支持的系统盘类型。取值：localDisk：本地盘系统盘；cloudDisk：云盘系统盘。
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ImageRootDeviceType {
    /// `localDisk`
    LocalDisk,
    /// `cloudDisk`
    CloudDisk,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ImageRootDeviceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LocalDisk => "localDisk",
            Self::CloudDisk => "cloudDisk",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ImageRootDeviceType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ImageRootDeviceType {
    fn from(value: &str) -> Self {
        match value {
            "localDisk" => Self::LocalDisk,
            "cloudDisk" => Self::CloudDisk,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ImageRootDeviceType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ImageRootDeviceType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ImageRootDeviceType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ImageRootDeviceType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of ImageInstanceTypeConstraintConstraintsType.
///
/// 限制类型。取值：excludes：不支持的实例类型；includes：支持的实例类型。
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ImageInstanceTypeConstraintConstraintsType {
    /// `excludes`
    Excludes,
    /// `includes`
    Includes,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ImageInstanceTypeConstraintConstraintsType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Excludes => "excludes",
            Self::Includes => "includes",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ImageInstanceTypeConstraintConstraintsType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ImageInstanceTypeConstraintConstraintsType {
    fn from(value: &str) -> Self {
        match value {
            "excludes" => Self::Excludes,
            "includes" => Self::Includes,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ImageInstanceTypeConstraintConstraintsType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ImageInstanceTypeConstraintConstraintsType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ImageInstanceTypeConstraintConstraintsType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ImageInstanceTypeConstraintConstraintsType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of InstanceDiskAttachmentDeviceName.
///
/// Data disk logical attach point, value range: vda, vdb, vdc, vdd, vde, vdb, vdg, vdh, vdi
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceDiskAttachmentDeviceName {
    /// `vda`
    Vda,
    /// `vdb`
    Vdb,
    /// `vdc`
    Vdc,
    /// `vdd`
    Vdd,
    /// `vde`
    Vde,
    /// `vdf`
    Vdf,
    /// `vdg`
    Vdg,
    /// `vdh`
    Vdh,
    /// `vdi`
    Vdi,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl InstanceDiskAttachmentDeviceName {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Vda => "vda",
            Self::Vdb => "vdb",
            Self::Vdc => "vdc",
            Self::Vdd => "vdd",
            Self::Vde => "vde",
            Self::Vdf => "vdf",
            Self::Vdg => "vdg",
            Self::Vdh => "vdh",
            Self::Vdi => "vdi",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for InstanceDiskAttachmentDeviceName {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for InstanceDiskAttachmentDeviceName {
    fn from(value: &str) -> Self {
        match value {
            "vda" => Self::Vda,
            "vdb" => Self::Vdb,
            "vdc" => Self::Vdc,
            "vdd" => Self::Vdd,
            "vde" => Self::Vde,
            "vdf" => Self::Vdf,
            "vdg" => Self::Vdg,
            "vdh" => Self::Vdh,
            "vdi" => Self::Vdi,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for InstanceDiskAttachmentDeviceName {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for InstanceDiskAttachmentDeviceName {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for InstanceDiskAttachmentDeviceName {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InstanceDiskAttachmentDeviceName {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of InstanceDiskAttachmentStatus.
///
/// 数据盘挂载状态，取值范围：attaching,detaching,attached,detached,error_attach,error_detach
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceDiskAttachmentStatus {
    /// `attaching`
    Attaching,
    /// `detaching`
    Detaching,
    /// `attached`
    Attached,
    /// `detached`
    Detached,
    /// `error_attach`
    ErrorAttach,
    /// `error_detach`
    ErrorDetach,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl InstanceDiskAttachmentStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Attaching => "attaching",
            Self::Detaching => "detaching",
            Self::Attached => "attached",
            Self::Detached => "detached",
            Self::ErrorAttach => "error_attach",
            Self::ErrorDetach => "error_detach",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for InstanceDiskAttachmentStatus {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for InstanceDiskAttachmentStatus {
    fn from(value: &str) -> Self {
        match value {
            "attaching" => Self::Attaching,
            "detaching" => Self::Detaching,
            "attached" => Self::Attached,
            "detached" => Self::Detached,
            "error_attach" => Self::ErrorAttach,
            "error_detach" => Self::ErrorDetach,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for InstanceDiskAttachmentStatus {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for InstanceDiskAttachmentStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for InstanceDiskAttachmentStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InstanceDiskAttachmentStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of InstanceDiskAttachmentSpecDeviceName.
///
/// Device name, value range: vda, vdb, vdc, vdd, vde, vdf, vdg, vdh, vdi, vdj, vdk, vdl, vdm
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceDiskAttachmentSpecDeviceName {
    /// `vda`
    Vda,
    /// `vdb`
    Vdb,
    /// `vdc`
    Vdc,
    /// `vdd`
    Vdd,
    /// `vde`
    Vde,
    /// `vdf`
    Vdf,
    /// `vdg`
    Vdg,
    /// `vdh`
    Vdh,
    /// `vdi`
    Vdi,
    /// `vdj`
    Vdj,
    /// `vdk`
    Vdk,
    /// `vdl`
    Vdl,
    /// `vdm`
    Vdm,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl InstanceDiskAttachmentSpecDeviceName {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Vda => "vda",
            Self::Vdb => "vdb",
            Self::Vdc => "vdc",
            Self::Vdd => "vdd",
            Self::Vde => "vde",
            Self::Vdf => "vdf",
            Self::Vdg => "vdg",
            Self::Vdh => "vdh",
            Self::Vdi => "vdi",
            Self::Vdj => "vdj",
            Self::Vdk => "vdk",
            Self::Vdl => "vdl",
            Self::Vdm => "vdm",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for InstanceDiskAttachmentSpecDeviceName {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for InstanceDiskAttachmentSpecDeviceName {
    fn from(value: &str) -> Self {
        match value {
            "vda" => Self::Vda,
            "vdb" => Self::Vdb,
            "vdc" => Self::Vdc,
            "vdd" => Self::Vdd,
            "vde" => Self::Vde,
            "vdf" => Self::Vdf,
            "vdg" => Self::Vdg,
            "vdh" => Self::Vdh,
            "vdi" => Self::Vdi,
            "vdj" => Self::Vdj,
            "vdk" => Self::Vdk,
            "vdl" => Self::Vdl,
            "vdm" => Self::Vdm,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for InstanceDiskAttachmentSpecDeviceName {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for InstanceDiskAttachmentSpecDeviceName {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for InstanceDiskAttachmentSpecDeviceName {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InstanceDiskAttachmentSpecDeviceName {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of InstanceSpecChargeOnStopped.
///
/// 停机不计费模式。该参数仅对按配置计费且系统盘为云硬盘的实例生效，并且不是专有宿主机中的实例。配置停机不计费且停机后，实例部分将停止计费，且释放实例自身包含的资源（CPU/内存/GPU/本地数据盘）。
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceSpecChargeOnStopped {
    /// `keepCharging`
    KeepCharging,
    /// `stopCharging`
    StopCharging,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl InstanceSpecChargeOnStopped {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::KeepCharging => "keepCharging",
            Self::StopCharging => "stopCharging",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for InstanceSpecChargeOnStopped {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for InstanceSpecChargeOnStopped {
    fn from(value: &str) -> Self {
        match value {
            "keepCharging" => Self::KeepCharging,
            "stopCharging" => Self::StopCharging,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for InstanceSpecChargeOnStopped {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for InstanceSpecChargeOnStopped {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for InstanceSpecChargeOnStopped {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InstanceSpecChargeOnStopped {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of InstanceSpecImageInherit.
///
/// 使用镜像中的登录凭证，无须再指定密码或密钥（指定无效）。
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceSpecImageInherit {
    /// `yes`
    Yes,
    /// `no`
    No,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl InstanceSpecImageInherit {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for InstanceSpecImageInherit {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for InstanceSpecImageInherit {
    fn from(value: &str) -> Self {
        match value {
            "yes" => Self::Yes,
            "no" => Self::No,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for InstanceSpecImageInherit {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for InstanceSpecImageInherit {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for InstanceSpecImageInherit {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InstanceSpecImageInherit {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of InstanceSpecPasswordAuth.
///
/// 允许SSH密码登录。
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceSpecPasswordAuth {
    /// `yes`
    Yes,
    /// `no`
    No,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl InstanceSpecPasswordAuth {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for InstanceSpecPasswordAuth {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for InstanceSpecPasswordAuth {
    fn from(value: &str) -> Self {
        match value {
            "yes" => Self::Yes,
            "no" => Self::No,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for InstanceSpecPasswordAuth {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for InstanceSpecPasswordAuth {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for InstanceSpecPasswordAuth {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InstanceSpecPasswordAuth {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of InstanceTemplateDiskAttachmentSpecDeviceName.
///
/// Logical attach point of data disk, value range: vda,vdb,vdc,vdd,vde,vdf,vdg,vdh,vdi,vmj,vdk,vdl,vdm
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceTemplateDiskAttachmentSpecDeviceName {
    /// `vda`
    Vda,
    /// `vdb`
    Vdb,
    /// `vdc`
    Vdc,
    /// `vdd`
    Vdd,
    /// `vde`
    Vde,
    /// `vdf`
    Vdf,
    /// `vdg`
    Vdg,
    /// `vdh`
    Vdh,
    /// `vdi`
    Vdi,
    /// `vdj`
    Vdj,
    /// `vdk`
    Vdk,
    /// `vdl`
    Vdl,
    /// `vdm`
    Vdm,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl InstanceTemplateDiskAttachmentSpecDeviceName {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Vda => "vda",
            Self::Vdb => "vdb",
            Self::Vdc => "vdc",
            Self::Vdd => "vdd",
            Self::Vde => "vde",
            Self::Vdf => "vdf",
            Self::Vdg => "vdg",
            Self::Vdh => "vdh",
            Self::Vdi => "vdi",
            Self::Vdj => "vdj",
            Self::Vdk => "vdk",
            Self::Vdl => "vdl",
            Self::Vdm => "vdm",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for InstanceTemplateDiskAttachmentSpecDeviceName {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for InstanceTemplateDiskAttachmentSpecDeviceName {
    fn from(value: &str) -> Self {
        match value {
            "vda" => Self::Vda,
            "vdb" => Self::Vdb,
            "vdc" => Self::Vdc,
            "vdd" => Self::Vdd,
            "vde" => Self::Vde,
            "vdf" => Self::Vdf,
            "vdg" => Self::Vdg,
            "vdh" => Self::Vdh,
            "vdi" => Self::Vdi,
            "vdj" => Self::Vdj,
            "vdk" => Self::Vdk,
            "vdl" => Self::Vdl,
            "vdm" => Self::Vdm,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for InstanceTemplateDiskAttachmentSpecDeviceName {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for InstanceTemplateDiskAttachmentSpecDeviceName {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for InstanceTemplateDiskAttachmentSpecDeviceName {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InstanceTemplateDiskAttachmentSpecDeviceName {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of InstanceTemplateDiskSpecDiskType.
///
/// Cloud Disk Service type, with values of ssd, premium-hdd, hdd.std1, ssd.gp1 and ssd.io1
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceTemplateDiskSpecDiskType {
    /// `ssd`
    Ssd,
    /// `premium-hdd`
    PremiumHdd,
    /// `hdd.std1`
    HddStd1,
    /// `ssd.gp1`
    SsdGp1,
    /// `ssd.io1`
    SsdIo1,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl InstanceTemplateDiskSpecDiskType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ssd => "ssd",
            Self::PremiumHdd => "premium-hdd",
            Self::HddStd1 => "hdd.std1",
            Self::SsdGp1 => "ssd.gp1",
            Self::SsdIo1 => "ssd.io1",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for InstanceTemplateDiskSpecDiskType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for InstanceTemplateDiskSpecDiskType {
    fn from(value: &str) -> Self {
        match value {
            "ssd" => Self::Ssd,
            "premium-hdd" => Self::PremiumHdd,
            "hdd.std1" => Self::HddStd1,
            "ssd.gp1" => Self::SsdGp1,
            "ssd.io1" => Self::SsdIo1,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for InstanceTemplateDiskSpecDiskType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for InstanceTemplateDiskSpecDiskType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for InstanceTemplateDiskSpecDiskType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InstanceTemplateDiskSpecDiskType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of InstanceTemplateElasticIpSpecProvider.
///
/// IP Service Provider, Value: BGP,nonBGP
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceTemplateElasticIpSpecProvider {
    /// `BGP`
    Bgp,
    /// `nonBGP`
    NonBgp,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl InstanceTemplateElasticIpSpecProvider {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bgp => "BGP",
            Self::NonBgp => "nonBGP",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for InstanceTemplateElasticIpSpecProvider {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for InstanceTemplateElasticIpSpecProvider {
    fn from(value: &str) -> Self {
        match value {
            "BGP" => Self::Bgp,
            "nonBGP" => Self::NonBgp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for InstanceTemplateElasticIpSpecProvider {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for InstanceTemplateElasticIpSpecProvider {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for InstanceTemplateElasticIpSpecProvider {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InstanceTemplateElasticIpSpecProvider {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of LocalDiskDiskType.
///
/// Disk type, value range {premium-hdd,  ssd}
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LocalDiskDiskType {
    /// `premium-hdd`
    PremiumHdd,
    /// `ssd`
    Ssd,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl LocalDiskDiskType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PremiumHdd => "premium-hdd",
            Self::Ssd => "ssd",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for LocalDiskDiskType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for LocalDiskDiskType {
    fn from(value: &str) -> Self {
        match value {
            "premium-hdd" => Self::PremiumHdd,
            "ssd" => Self::Ssd,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for LocalDiskDiskType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for LocalDiskDiskType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for LocalDiskDiskType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for LocalDiskDiskType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of DescribeImagesImageSource.
///
/// image source,  if no ids parameter is specified,  this parameter is required to pass; value range: public、shared、thirdparty、private
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DescribeImagesImageSource {
    /// `public`
    Public,
    /// `shared`
    Shared,
    /// `thirdparty`
    Thirdparty,
    /// `private`
    Private,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl DescribeImagesImageSource {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "public",
            Self::Shared => "shared",
            Self::Thirdparty => "thirdparty",
            Self::Private => "private",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for DescribeImagesImageSource {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for DescribeImagesImageSource {
    fn from(value: &str) -> Self {
        match value {
            "public" => Self::Public,
            "shared" => Self::Shared,
            "thirdparty" => Self::Thirdparty,
            "private" => Self::Private,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for DescribeImagesImageSource {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for DescribeImagesImageSource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DescribeImagesImageSource {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DescribeImagesImageSource {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of DescribeImagesPlatform.
///
/// Operating system platform,  range of values: Windows Server,  CentOS,  Ubuntu
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DescribeImagesPlatform {
    /// `Windows Server`
    WindowsServer,
    /// `CentOS`
    CentOs,
    /// `Ubuntu`
    Ubuntu,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl DescribeImagesPlatform {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WindowsServer => "Windows Server",
            Self::CentOs => "CentOS",
            Self::Ubuntu => "Ubuntu",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for DescribeImagesPlatform {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for DescribeImagesPlatform {
    fn from(value: &str) -> Self {
        match value {
            "Windows Server" => Self::WindowsServer,
            "CentOS" => Self::CentOs,
            "Ubuntu" => Self::Ubuntu,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for DescribeImagesPlatform {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for DescribeImagesPlatform {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DescribeImagesPlatform {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DescribeImagesPlatform {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
