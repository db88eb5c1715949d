//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `AddDomainResult`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/addDomain.md` *line 35.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AddDomainResult {
    /// 新添加的的域名结构
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Domain>,
    /// 添加收费版域名的订单号
    #[serde(
        rename = "order",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order: ::std::option::Option<::std::string::String>,
}
impl AddDomainResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<Domain>) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn with_order(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.order = ::std::option::Option::Some(value.into());
        self
    }
}
/// `AddRR`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/addRR.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AddRr {
    /// 主机记录
    #[serde(
        rename = "hostRecord",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_record: ::std::option::Option<::std::string::String>,
    /// 解析记录的值
    #[serde(
        rename = "hostValue",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_value: ::std::option::Option<::std::string::String>,
    /// 是否是京东云资源
    #[serde(
        rename = "jcloudRes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub jcloud_res: ::std::option::Option<bool>,
    /// 优先级，只存在于某些解析记录类型
    #[serde(
        rename = "mxPriority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mx_priority: ::std::option::Option<i32>,
    /// 端口，只存在于某些解析记录类型
    #[serde(
        rename = "port",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port: ::std::option::Option<i32>,
    /// 解析记录的生存时间
    #[serde(
        rename = "ttl",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ttl: ::std::option::Option<i32>,
    /// 解析的类型
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
    /// 解析线路的ID
    #[serde(
        rename = "viewValue",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub view_value: ::std::option::Option<i32>,
    /// 解析记录的权重
    #[serde(
        rename = "weight",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub weight: ::std::option::Option<i32>,
}
impl AddRr {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `hostRecord`.
    pub fn with_host_record(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.host_record = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hostValue`.
    pub fn with_host_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.host_value = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `jcloudRes`.
    pub fn with_jcloud_res(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.jcloud_res = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mxPriority`.
    pub fn with_mx_priority(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.mx_priority = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `port`.
    pub fn with_port(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ttl`.
    pub fn with_ttl(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ttl = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `viewValue`.
    pub fn with_view_value(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.view_value = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `weight`.
    pub fn with_weight(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.weight = ::std::option::Option::Some(value.into());
        self
    }
}
/// `AddRrResult`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/addRR.md` *line 42.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AddRrResult {
    /// 添加成功后的解析记录结果
    #[serde(
        rename = "dataList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_list: ::std::option::Option<Rr>,
}
impl AddRrResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `dataList`.
    pub fn with_data_list(mut self, value: impl ::std::convert::Into<Rr>) -> Self {
        self.data_list = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Domain`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/addDomain.md` *line 40.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Domain {
    /// 创建时间，格式Unix timestamp
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<i32>,
    /// 域名字符串
    #[serde(
        rename = "domainName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub domain_name: ::std::option::Option<::std::string::String>,
    /// 过期时间，格式Unix timestamp
    #[serde(
        rename = "expirationDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expiration_date: ::std::option::Option<i32>,
    /// 域名的唯一ID
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<i32>,
    /// 套餐类型，0-&gt;免费 1-&gt;企业版 2-&gt;高级版
    #[serde(
        rename = "packId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pack_id: ::std::option::Option<i32>,
}
impl Domain {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `createTime`.
    pub fn with_create_time(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.create_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `domainName`.
    pub fn with_domain_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `expirationDate`.
    pub fn with_expiration_date(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.expiration_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `packId`.
    pub fn with_pack_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.pack_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetDomainQueryCountResult`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/getDomainQueryCount.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetDomainQueryCountResult {
    /// 时间序列
    #[serde(
        rename = "time",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time: ::std::option::Option<::std::vec::Vec<i32>>,
    /// 数据序列
    #[serde(
        rename = "traffic",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub traffic: ::std::option::Option<::std::vec::Vec<i32>>,
}
impl GetDomainQueryCountResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `time`.
    pub fn with_time(mut self, value: impl ::std::convert::Into<::std::vec::Vec<i32>>) -> Self {
        self.time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `traffic`.
    pub fn with_traffic(mut self, value: impl ::std::convert::Into<::std::vec::Vec<i32>>) -> Self {
        self.traffic = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetDomainQueryTrafficResult`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/getDomainQueryTraffic.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetDomainQueryTrafficResult {
    /// 时间序列
    #[serde(
        rename = "time",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time: ::std::option::Option<::std::vec::Vec<i32>>,
    /// 数据序列
    #[serde(
        rename = "traffic",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub traffic: ::std::option::Option<::std::vec::Vec<f64>>,
    /// 数据的单位
    #[serde(
        rename = "unit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit: ::std::option::Option<::std::string::String>,
}
impl GetDomainQueryTrafficResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `time`.
    pub fn with_time(mut self, value: impl ::std::convert::Into<::std::vec::Vec<i32>>) -> Self {
        self.time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `traffic`.
    pub fn with_traffic(mut self, value: impl ::std::convert::Into<::std::vec::Vec<f64>>) -> Self {
        self.traffic = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unit`.
    pub fn with_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.unit = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetDomainsResult`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/getDomains.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetDomainsResult {
    /// 当前页的域名列表里域名的个数
    #[serde(
        rename = "currentCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_count: ::std::option::Option<i32>,
    /// 域名列表
    #[serde(
        rename = "dataList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_list: ::std::option::Option<::std::vec::Vec<Domain>>,
    /// 所有匹配的域名列表的个数
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
    /// 所有匹配的域名列表按照分页参数一共的页数
    #[serde(
        rename = "totalPage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_page: ::std::option::Option<i32>,
}
impl GetDomainsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `currentCount`.
    pub fn with_current_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.current_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataList`.
    pub fn with_data_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Domain>>,
    ) -> Self {
        self.data_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalPage`.
    pub fn with_total_page(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_page = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetMonitorAlarmInfoResult`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/getMonitorAlarmInfo.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetMonitorAlarmInfoResult {
    /// 当前页面报警信息的个数
    #[serde(
        rename = "currentCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_count: ::std::option::Option<i32>,
    /// 当前页面的报警信息的数组
    #[serde(
        rename = "dataList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_list: ::std::option::Option<::std::vec::Vec<MonitorAlarmInfo>>,
    /// 所有报警信息的个数
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
    /// 所有报警信息的页数
    #[serde(
        rename = "totalPage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_page: ::std::option::Option<i32>,
}
impl GetMonitorAlarmInfoResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `currentCount`.
    pub fn with_current_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.current_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataList`.
    pub fn with_data_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<MonitorAlarmInfo>>,
    ) -> Self {
        self.data_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalPage`.
    pub fn with_total_page(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_page = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetMonitorResult`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/getMonitor.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetMonitorResult {
    /// 当前页面网站监控项的个数
    #[serde(
        rename = "currentCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_count: ::std::option::Option<i32>,
    /// 当前页面的网站监控项的列表
    #[serde(
        rename = "dataList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_list: ::std::option::Option<::std::vec::Vec<Monitor>>,
    /// 所有网站监控项的个数
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
    /// 所有网站监控项的页数
    #[serde(
        rename = "totalPage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_page: ::std::option::Option<i32>,
}
impl GetMonitorResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `currentCount`.
    pub fn with_current_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.current_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataList`.
    pub fn with_data_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Monitor>>,
    ) -> Self {
        self.data_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalPage`.
    pub fn with_total_page(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_page = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetTargetsResult`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/getTargets.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetTargetsResult {
    /// 返回的可用监控对象的数组
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl GetTargetsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetViewTreeResult`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/getViewTree.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetViewTreeResult {
    /// 解析线路的树
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<::std::vec::Vec<ViewTree>>,
}
impl GetViewTreeResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ViewTree>>,
    ) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Monitor`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/getMonitor.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Monitor {
    /// 连续几次触发报警
    #[serde(
        rename = "alarmLimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alarm_limit: ::std::option::Option<i32>,
    /// 现在是否可以恢复
    #[serde(
        rename = "canRecover",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub can_recover: ::std::option::Option<bool>,
    /// 现在是否可以切换
    #[serde(
        rename = "canSwitch",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub can_switch: ::std::option::Option<bool>,
    /// 机房探测点的集合
    #[serde(
        rename = "clusters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub clusters: ::std::option::Option<::std::string::String>,
    /// 主域名
    #[serde(
        rename = "domainName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub domain_name: ::std::option::Option<::std::string::String>,
    /// 主机状态，0正常，1异常
    #[serde(
        rename = "hostStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_status: ::std::option::Option<i32>,
    /// 监控对象
    #[serde(
        rename = "hostValue",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_value: ::std::option::Option<::std::string::String>,
    /// 监控项ID
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<i32>,
    /// 备用地址1
    #[serde(
        rename = "ipBackup01",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_backup01: ::std::option::Option<::std::string::String>,
    /// 备用地址1的状态，0正常，1异常
    #[serde(
        rename = "ipBackup01Status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_backup01_status: ::std::option::Option<i32>,
    /// 备用地址1的类型，1为ip 2为域名
    #[serde(
        rename = "ipBackup01Type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_backup01_type: ::std::option::Option<i32>,
    /// 备用地址2
    #[serde(
        rename = "ipBackup02",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_backup02: ::std::option::Option<::std::string::String>,
    /// 备用地址2的状态，0正常，1异常
    #[serde(
        rename = "ipBackup02Status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_backup02_status: ::std::option::Option<i32>,
    /// 备用地址1的类型，1为ip 2为域名
    #[serde(
        rename = "ipBackup02Type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_backup02_type: ::std::option::Option<i32>,
    /// 手动切换的地址
    #[serde(
        rename = "manualBackup",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub manual_backup: ::std::option::Option<::std::string::String>,
    /// 手动切换的地址的状态，0正常，1异常
    #[serde(
        rename = "manualBackupStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub manual_backup_status: ::std::option::Option<i32>,
    /// 手动切换的地址的类型，1为ip 2为域名
    #[serde(
        rename = "manualBackupType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub manual_backup_type: ::std::option::Option<i32>,
    /// 监控状况 开启监控 2，暂停监控 4
    #[serde(
        rename = "monitorEnable",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub monitor_enable: ::std::option::Option<i32>,
    /// 监控频率，单位s
    #[serde(
        rename = "monitorFreq",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub monitor_freq: ::std::option::Option<i32>,
    /// 监控端口
    #[serde(
        rename = "monitorPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub monitor_port: ::std::option::Option<i32>,
    /// 不做任何修改0，强制暂停解析记录1，自动切换到备用地址2
    #[serde(
        rename = "monitorRule",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub monitor_rule: ::std::option::Option<i32>,
    /// 监控路径
    #[serde(
        rename = "monitorUri",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub monitor_uri: ::std::option::Option<::std::string::String>,
    /// 邮箱地址
    #[serde(
        rename = "notifyEmail",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notify_email: ::std::option::Option<::std::string::String>,
    /// 不发送邮件0， 发送邮件1
    #[serde(
        rename = "notifyEmailEnable",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notify_email_enable: ::std::option::Option<i32>,
    /// 不发送通知栏 0， 发送通知栏 1
    #[serde(
        rename = "notifyMsgBarEnable",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notify_msg_bar_enable: ::std::option::Option<i32>,
    /// 手机号码
    #[serde(
        rename = "notifySms",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notify_sms: ::std::option::Option<::std::string::String>,
    /// 不发送短信 0， 发送短信 1
    #[serde(
        rename = "notifySmsEnable",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notify_sms_enable: ::std::option::Option<i32>,
    /// https 0，https 1
    #[serde(
        rename = "protocol",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub protocol: ::std::option::Option<i32>,
    /// 0自动恢复 1手动恢复
    #[serde(
        rename = "stopRecoverRule",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stop_recover_rule: ::std::option::Option<i32>,
    /// 子域名
    #[serde(
        rename = "subDomainName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sub_domain_name: ::std::option::Option<::std::string::String>,
    /// 0自动恢复至主host 1手动恢复至主host
    #[serde(
        rename = "switchRecoverRule",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub switch_recover_rule: ::std::option::Option<i32>,
    /// 1为A记录，2为CNAME
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<i32>,
    /// 使用记录，host_value 0，ip_backup_01 1，ip_backup_02 2，cname_backup 3
    #[serde(
        rename = "usedType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used_type: ::std::option::Option<i32>,
}
impl Monitor {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `alarmLimit`.
    pub fn with_alarm_limit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.alarm_limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `canRecover`.
    pub fn with_can_recover(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.can_recover = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `canSwitch`.
    pub fn with_can_switch(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.can_switch = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `clusters`.
    pub fn with_clusters(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.clusters = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `domainName`.
    pub fn with_domain_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hostStatus`.
    pub fn with_host_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.host_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hostValue`.
    pub fn with_host_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.host_value = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipBackup01`.
    pub fn with_ip_backup01(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ip_backup01 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipBackup01Status`.
    pub fn with_ip_backup01_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ip_backup01_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipBackup01Type`.
    pub fn with_ip_backup01_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ip_backup01_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipBackup02`.
    pub fn with_ip_backup02(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ip_backup02 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipBackup02Status`.
    pub fn with_ip_backup02_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ip_backup02_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipBackup02Type`.
    pub fn with_ip_backup02_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ip_backup02_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `manualBackup`.
    pub fn with_manual_backup(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.manual_backup = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `manualBackupStatus`.
    pub fn with_manual_backup_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.manual_backup_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `manualBackupType`.
    pub fn with_manual_backup_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.manual_backup_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `monitorEnable`.
    pub fn with_monitor_enable(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.monitor_enable = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `monitorFreq`.
    pub fn with_monitor_freq(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.monitor_freq = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `monitorPort`.
    pub fn with_monitor_port(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.monitor_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `monitorRule`.
    pub fn with_monitor_rule(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.monitor_rule = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `monitorUri`.
    pub fn with_monitor_uri(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.monitor_uri = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `notifyEmail`.
    pub fn with_notify_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.notify_email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `notifyEmailEnable`.
    pub fn with_notify_email_enable(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.notify_email_enable = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `notifyMsgBarEnable`.
    pub fn with_notify_msg_bar_enable(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.notify_msg_bar_enable = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `notifySms`.
    pub fn with_notify_sms(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.notify_sms = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `notifySmsEnable`.
    pub fn with_notify_sms_enable(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.notify_sms_enable = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `protocol`.
    pub fn with_protocol(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `stopRecoverRule`.
    pub fn with_stop_recover_rule(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.stop_recover_rule = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `subDomainName`.
    pub fn with_sub_domain_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sub_domain_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `switchRecoverRule`.
    pub fn with_switch_recover_rule(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.switch_recover_rule = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn with_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `usedType`.
    pub fn with_used_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.used_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// `MonitorAlarmInfo`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/getMonitorAlarmInfo.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MonitorAlarmInfo {
    /// 域名ID
    #[serde(
        rename = "domainId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub domain_id: ::std::option::Option<i32>,
    /// 故障IP/域名
    #[serde(
        rename = "host",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host: ::std::option::Option<::std::string::String>,
    /// `id`
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<i32>,
    /// 故障开始时间
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<i32>,
    /// 子域名
    #[serde(
        rename = "subDomainName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sub_domain_name: ::std::option::Option<::std::string::String>,
}
impl MonitorAlarmInfo {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `domainId`.
    pub fn with_domain_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.domain_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `host`.
    pub fn with_host(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.host = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn with_start_time(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `subDomainName`.
    pub fn with_sub_domain_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sub_domain_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// `RR`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/addRR.md` *line 46.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Rr {
    /// 主机记录
    #[serde(
        rename = "hostRecord",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_record: ::std::option::Option<::std::string::String>,
    /// 解析记录的值
    #[serde(
        rename = "hostValue",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_value: ::std::option::Option<::std::string::String>,
    /// 域名解析的唯一ID
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<i32>,
    /// 是否是京东云资源
    #[serde(
        rename = "jcloudRes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub jcloud_res: ::std::option::Option<bool>,
    /// 优先级，只存在于某些解析记录类型
    #[serde(
        rename = "mxPriority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mx_priority: ::std::option::Option<i32>,
    /// 端口，只存在于某些解析记录类型
    #[serde(
        rename = "port",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port: ::std::option::Option<i32>,
    /// 解析记录的生存时间
    #[serde(
        rename = "ttl",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ttl: ::std::option::Option<i32>,
    /// 解析记录的类型
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
    /// 解析线路的ID
    #[serde(
        rename = "viewValue",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub view_value: ::std::option::Option<::std::vec::Vec<i32>>,
    /// 解析记录的权重
    #[serde(
        rename = "weight",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub weight: ::std::option::Option<i32>,
}
impl Rr {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `hostRecord`.
    pub fn with_host_record(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.host_record = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hostValue`.
    pub fn with_host_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.host_value = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `jcloudRes`.
    pub fn with_jcloud_res(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.jcloud_res = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mxPriority`.
    pub fn with_mx_priority(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.mx_priority = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `port`.
    pub fn with_port(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ttl`.
    pub fn with_ttl(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ttl = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `viewValue`.
    pub fn with_view_value(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<i32>>,
    ) -> Self {
        self.view_value = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `weight`.
    pub fn with_weight(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.weight = ::std::option::Option::Some(value.into());
        self
    }
}
/// `SearchRrResult`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/searchRR.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SearchRrResult {
    /// 当前页解析记录的个数
    #[serde(
        rename = "currentCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_count: ::std::option::Option<i32>,
    /// 解析记录列表
    #[serde(
        rename = "dataList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_list: ::std::option::Option<::std::vec::Vec<Rr>>,
    /// 所有解析记录的个数
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
    /// 所有解析记录的页数
    #[serde(
        rename = "totalPage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_page: ::std::option::Option<i32>,
}
impl SearchRrResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `currentCount`.
    pub fn with_current_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.current_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataList`.
    pub fn with_data_list(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Rr>>) -> Self {
        self.data_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalPage`.
    pub fn with_total_page(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_page = ::std::option::Option::Some(value.into());
        self
    }
}
/// `UpdateDomainResult`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/updateDomain.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateDomainResult {
    /// 修改后的域名结构
    #[serde(
        rename = "updateDomain",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub update_domain: ::std::option::Option<Domain>,
}
impl UpdateDomainResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `updateDomain`.
    pub fn with_update_domain(mut self, value: impl ::std::convert::Into<Domain>) -> Self {
        self.update_domain = ::std::option::Option::Some(value.into());
        self
    }
}
/// `UpdateMonitor`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/updateMonitor.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateMonitor {
    /// 连续几次触发报警
    #[serde(
        rename = "alarmLimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alarm_limit: ::std::option::Option<i32>,
    /// 监控项ID
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<i32>,
    /// 备用地址1
    #[serde(
        rename = "ipBackup01",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_backup01: ::std::option::Option<::std::string::String>,
    /// 备用地址2
    #[serde(
        rename = "ipBackup02",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_backup02: ::std::option::Option<::std::string::String>,
    /// 监控状况 开启监控 2，暂停监控 4
    #[serde(
        rename = "monitorEnable",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub monitor_enable: ::std::option::Option<i32>,
    /// 监控频率，单位秒
    #[serde(
        rename = "monitorFreq",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub monitor_freq: ::std::option::Option<i32>,
    /// 监控端口
    #[serde(
        rename = "monitorPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub monitor_port: ::std::option::Option<i32>,
    /// 不做任何修改0，强制暂停解析记录1，自动切换到备用地址2
    #[serde(
        rename = "monitorRule",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub monitor_rule: ::std::option::Option<i32>,
    /// 监控路径
    #[serde(
        rename = "monitorUri",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub monitor_uri: ::std::option::Option<::std::string::String>,
    /// 不发送邮件0， 发送邮件1
    #[serde(
        rename = "notifyEmailEnable",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notify_email_enable: ::std::option::Option<i32>,
    /// 不发送通知栏 0， 发送通知栏 1
    #[serde(
        rename = "notifyMsgBarEnable",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notify_msg_bar_enable: ::std::option::Option<i32>,
    /// 不发送短信 0， 发送短信 1
    #[serde(
        rename = "notifySmsEnable",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notify_sms_enable: ::std::option::Option<i32>,
    /// https 0，https 1
    #[serde(
        rename = "protocol",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub protocol: ::std::option::Option<i32>,
    /// 0自动恢复 1手动恢复
    #[serde(
        rename = "stopRecoverRule",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stop_recover_rule: ::std::option::Option<i32>,
    /// 0自动恢复至主host 1手动恢复至主host
    #[serde(
        rename = "switchRecoverRule",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub switch_recover_rule: ::std::option::Option<i32>,
}
impl UpdateMonitor {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `alarmLimit`.
    pub fn with_alarm_limit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.alarm_limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipBackup01`.
    pub fn with_ip_backup01(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ip_backup01 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipBackup02`.
    pub fn with_ip_backup02(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ip_backup02 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `monitorEnable`.
    pub fn with_monitor_enable(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.monitor_enable = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `monitorFreq`.
    pub fn with_monitor_freq(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.monitor_freq = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `monitorPort`.
    pub fn with_monitor_port(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.monitor_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `monitorRule`.
    pub fn with_monitor_rule(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.monitor_rule = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `monitorUri`.
    pub fn with_monitor_uri(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.monitor_uri = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `notifyEmailEnable`.
    pub fn with_notify_email_enable(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.notify_email_enable = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `notifyMsgBarEnable`.
    pub fn with_notify_msg_bar_enable(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.notify_msg_bar_enable = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `notifySmsEnable`.
    pub fn with_notify_sms_enable(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.notify_sms_enable = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `protocol`.
    pub fn with_protocol(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `stopRecoverRule`.
    pub fn with_stop_recover_rule(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.stop_recover_rule = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `switchRecoverRule`.
    pub fn with_switch_recover_rule(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.switch_recover_rule = ::std::option::Option::Some(value.into());
        self
    }
}
/// `UpdateRR`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/updateRR.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateRr {
    /// 主域名
    #[serde(
        rename = "domainName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub domain_name: ::std::option::Option<::std::string::String>,
    /// 主机记录
    #[serde(
        rename = "hostRecord",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_record: ::std::option::Option<::std::string::String>,
    /// 解析记录的值
    #[serde(
        rename = "hostValue",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_value: ::std::option::Option<::std::string::String>,
    /// 域名解析的唯一ID
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<i32>,
    /// 是否是京东云资源
    #[serde(
        rename = "jcloudRes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub jcloud_res: ::std::option::Option<bool>,
    /// 优先级，只存在于某些解析记录类型
    #[serde(
        rename = "mxPriority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mx_priority: ::std::option::Option<i32>,
    /// 端口，只存在于某些解析记录类型
    #[serde(
        rename = "port",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port: ::std::option::Option<i32>,
    /// 解析记录的生存时间
    #[serde(
        rename = "ttl",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ttl: ::std::option::Option<i32>,
    /// 解析的类型
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
    /// 解析线路的ID
    #[serde(
        rename = "viewValue",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub view_value: ::std::option::Option<i32>,
    /// 解析记录的权重
    #[serde(
        rename = "weight",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub weight: ::std::option::Option<i32>,
}
impl UpdateRr {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `domainName`.
    pub fn with_domain_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hostRecord`.
    pub fn with_host_record(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.host_record = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hostValue`.
    pub fn with_host_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.host_value = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `jcloudRes`.
    pub fn with_jcloud_res(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.jcloud_res = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mxPriority`.
    pub fn with_mx_priority(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.mx_priority = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `port`.
    pub fn with_port(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ttl`.
    pub fn with_ttl(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ttl = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `viewValue`.
    pub fn with_view_value(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.view_value = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `weight`.
    pub fn with_weight(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.weight = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ViewTree`
///
/// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/getViewTree.md` *line 36.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ViewTree {
    /// `children`
    #[serde(
        rename = "children",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub children: ::std::option::Option<::std::vec::Vec<ViewTree>>,
    /// 此解析线路是否禁用
    #[serde(
        rename = "disabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disabled: ::std::option::Option<bool>,
    /// 解析线路的名称
    #[serde(
        rename = "label",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub label: ::std::option::Option<::std::string::String>,
    /// 此数据是否是叶子节点
    #[serde(
        rename = "leaf",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub leaf: ::std::option::Option<bool>,
    /// 解析线路ID
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<i32>,
}
impl ViewTree {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `children`.
    pub fn with_children(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ViewTree>>,
    ) -> Self {
        self.children = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `disabled`.
    pub fn with_disabled(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.disabled = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `label`.
    pub fn with_label(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.label = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `leaf`.
    pub fn with_leaf(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.leaf = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn with_value(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
