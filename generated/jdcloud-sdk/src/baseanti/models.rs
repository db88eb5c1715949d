//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `CleanThresholdSpec`
///
/// *Documented in* `specs/baseanti/zh/jdclouddocs-cn/setCleanThreshold.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CleanThresholdSpec {
    /// 触发清洗的流量速率，单位bps，范围是10000000到300000000
    #[serde(
        rename = "cleanThresholdBps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub clean_threshold_bps: ::std::option::Option<i32>,
    /// 触发清洗的包速率，单位pps，范围是2000到70000
    #[serde(
        rename = "cleanThresholdPps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub clean_threshold_pps: ::std::option::Option<i32>,
}
impl CleanThresholdSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `cleanThresholdBps`.
    pub fn with_clean_threshold_bps(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.clean_threshold_bps = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cleanThresholdPps`.
    pub fn with_clean_threshold_pps(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.clean_threshold_pps = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeIpResourceFlowResult`
///
/// *Documented in* `specs/baseanti/zh/jdclouddocs-cn/describeIpResourceFlow.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeIpResourceFlowResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<IpResourceFlow>,
}
impl DescribeIpResourceFlowResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<IpResourceFlow>) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeIpResourceInfoResult`
///
/// *Documented in* `specs/baseanti/zh/jdclouddocs-cn/describeIpResourceInfo.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeIpResourceInfoResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<IpResourceInfo>,
}
impl DescribeIpResourceInfoResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<IpResourceInfo>) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeIpResourceProtectInfoResult`
///
/// *Documented in* `specs/baseanti/zh/jdclouddocs-cn/describeIpResourceProtectInfo.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeIpResourceProtectInfoResult {
    /// `dataList`
    #[serde(
        rename = "dataList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_list: ::std::option::Option<::std::vec::Vec<IpResourceProtectInfo>>,
}
impl DescribeIpResourceProtectInfoResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `dataList`.
    pub fn with_data_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<IpResourceProtectInfo>>,
    ) -> Self {
        self.data_list = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeIpResourcesResult`
///
/// *Documented in* `specs/baseanti/zh/jdclouddocs-cn/describeIpResources.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeIpResourcesResult {
    /// `dataList`
    #[serde(
        rename = "dataList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_list: ::std::option::Option<::std::vec::Vec<IpResource>>,
    /// `totalCount`
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeIpResourcesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `dataList`.
    pub fn with_data_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<IpResource>>,
    ) -> Self {
        self.data_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `IpResource`
///
/// *Documented in* `specs/baseanti/zh/jdclouddocs-cn/describeIpResources.md` *line 35.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct IpResource {
    /// 带宽上限，单位Mbps
    #[serde(
        rename = "bandwidth",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth: ::std::option::Option<i32>,
    /// 公网IP地址
    #[serde(
        rename = "ip",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip: ::std::option::Option<::std::string::String>,
    /// 安全状态，0-&gt;安全 1-&gt;清洗 2-&gt;黑洞
    #[serde(
        rename = "safeStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub safe_status: ::std::option::Option<i32>,
}
impl IpResource {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `bandwidth`.
    pub fn with_bandwidth(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.bandwidth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ip`.
    pub fn with_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `safeStatus`.
    pub fn with_safe_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.safe_status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `IpResourceFlow`
///
/// *Documented in* `specs/baseanti/zh/jdclouddocs-cn/describeIpResourceFlow.md` *line 34.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct IpResourceFlow {
    /// `bps`
    #[serde(
        rename = "bps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bps: ::std::option::Option<IpResourceFlowDetail>,
    /// `pps`
    #[serde(
        rename = "pps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pps: ::std::option::Option<IpResourceFlowDetail>,
}
impl IpResourceFlow {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `bps`.
    pub fn with_bps(mut self, value: impl ::std::convert::Into<IpResourceFlowDetail>) -> Self {
        self.bps = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pps`.
    pub fn with_pps(mut self, value: impl ::std::convert::Into<IpResourceFlowDetail>) -> Self {
        self.pps = ::std::option::Option::Some(value.into());
        self
    }
}
/// `IpResourceFlowDetail`
///
/// *Documented in* `specs/baseanti/zh/jdclouddocs-cn/describeIpResourceFlow.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct IpResourceFlowDetail {
    /// 时间点
    #[serde(
        rename = "times",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub times: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 对应时间点的使用值
    #[serde(
        rename = "used",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used: ::std::option::Option<::std::vec::Vec<i32>>,
}
impl IpResourceFlowDetail {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `times`.
    pub fn with_times(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.times = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `used`.
    pub fn with_used(mut self, value: impl ::std::convert::Into<::std::vec::Vec<i32>>) -> Self {
        self.used = ::std::option::Option::Some(value.into());
        self
    }
}
/// `IpResourceInfo`
///
/// *Documented in* `specs/baseanti/zh/jdclouddocs-cn/describeIpResourceInfo.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct IpResourceInfo {
    /// 黑洞阈值，单位bps
    #[serde(
        rename = "blackHoleThreshold",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub black_hole_threshold: ::std::option::Option<i32>,
    /// 触发清洗的流量速率，单位bps
    #[serde(
        rename = "cleanThresholdBps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub clean_threshold_bps: ::std::option::Option<i32>,
    /// 触发清洗的包速率，单位pps
    #[serde(
        rename = "cleanThresholdPps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub clean_threshold_pps: ::std::option::Option<i32>,
    /// 公网IP地址
    #[serde(
        rename = "ip",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip: ::std::option::Option<::std::string::String>,
    /// 地域，cn-north-1、cn-south-1、cn-east-1、cn-east-2
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// 安全状态，0-&gt;安全 1-&gt;清洗 2-&gt;黑洞
    #[serde(
        rename = "safeStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub safe_status: ::std::option::Option<i32>,
}
impl IpResourceInfo {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `blackHoleThreshold`.
    pub fn with_black_hole_threshold(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.black_hole_threshold = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cleanThresholdBps`.
    pub fn with_clean_threshold_bps(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.clean_threshold_bps = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cleanThresholdPps`.
    pub fn with_clean_threshold_pps(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.clean_threshold_pps = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ip`.
    pub fn with_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn with_region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `safeStatus`.
    pub fn with_safe_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.safe_status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `IpResourceProtectInfo`
///
/// *Documented in* `specs/baseanti/zh/jdclouddocs-cn/describeIpResourceProtectInfo.md` *line 35.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct IpResourceProtectInfo {
    /// 触发原因，0-&gt;未知 1-&gt;四层 2-&gt;七层 3-&gt;四和7层
    #[serde(
        rename = "cause",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cause: ::std::option::Option<i32>,
    /// 攻击结束时间
    #[serde(
        rename = "endTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// 攻击开始时间
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// 状态，0-&gt;完成 1-&gt;清洗 2-&gt;黑洞
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<i32>,
}
impl IpResourceProtectInfo {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `cause`.
    pub fn with_cause(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.cause = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `endTime`.
    pub fn with_end_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn with_start_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
