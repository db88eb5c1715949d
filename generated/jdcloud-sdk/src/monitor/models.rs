//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `Alarm`
///
/// *Documented in* `specs/monitor/zh/jdclouddocs-cn/describeAlarms.md` *line 43.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Alarm {
    /// Statistical method: average value=avg, maximum value=max, minimum value=min,
    ///
    /// **中文**
    ///
    /// 统计方法：平均值=avg、最大值=max、最小值=min
    #[serde(
        rename = "calculation",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub calculation: ::std::option::Option<::std::string::String>,
    /// Contact group notified, for example \[“contact group 1”, “contact group 2”\]
    ///
    /// **中文**
    ///
    /// 通知的联系组，如 \[“联系组1”,”联系组2”\]
    #[serde(
        rename = "contactGroups",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contact_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Contact notified, for example“\[‘contact 1’, ‘contact 2’\]”
    ///
    /// **中文**
    ///
    /// 通知的联系人，如 \[“联系人1”,”联系人2”\]
    #[serde(
        rename = "contactPersons",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contact_persons: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
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
    /// Enable&amp;Disable 1 Enable, 0 Disable
    ///
    /// **中文**
    ///
    /// 启用禁用 1启用，0禁用
    #[serde(
        rename = "enabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<i32>,
    /// Rule id
    ///
    /// **中文**
    ///
    /// 规则id
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<::std::string::String>,
    /// Monitoring item
    ///
    /// **中文**
    ///
    /// 监控项
    #[serde(
        rename = "metric",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric: ::std::option::Option<::std::string::String>,
    /// Name of rule id monitoring item
    ///
    /// **中文**
    ///
    /// 规则id监控项名称
    #[serde(
        rename = "metricName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_name: ::std::option::Option<::std::string::String>,
    /// Notification period unit: hour
    ///
    /// **中文**
    ///
    /// 通知周期 单位：小时
    #[serde(
        rename = "noticePeriod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notice_period: ::std::option::Option<i32>,
    /// Alarm time  ,  this field is valid when querying the alarming rule
    ///
    /// **中文**
    ///
    /// 报警的时间  , 查询正在报警规则时该字段有效
    #[serde(
        rename = "noticeTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notice_time: ::std::option::Option<::std::string::String>,
    /// &gt;=、&gt;、&lt;、&lt;=、==、！=
    #[serde(
        rename = "operation",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation: ::std::option::Option<::std::string::String>,
    /// Statistical period (unit: minute)
    ///
    /// **中文**
    ///
    /// 统计周期（单位：分钟）
    #[serde(
        rename = "period",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i32>,
    /// Region information
    ///
    /// **中文**
    ///
    /// 地域信息
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// Resource id applied by this rule
    ///
    /// **中文**
    ///
    /// 此规则所应用的资源id
    #[serde(
        rename = "resourceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// Product corresponded to the alarm rule
    ///
    /// **中文**
    ///
    /// 报警规则对应的产品
    #[serde(
        rename = "serviceCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code: ::std::option::Option<::std::string::String>,
    /// Monitoring item status: 1 Normal, 2 Alarm, 4 Insufficient data
    ///
    /// **中文**
    ///
    /// 监控项状态:1正常，2告警，4数据不足
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<i32>,
    /// Auxiliary information of monitoring item
    ///
    /// **中文**
    ///
    /// 监控项附属信息
    #[serde(
        rename = "tag",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag: ::std::option::Option<::std::string::String>,
    /// Threshold
    ///
    /// **中文**
    ///
    /// 阈值
    #[serde(
        rename = "threshold",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub threshold: ::std::option::Option<f64>,
    /// Alarm after how many times
    ///
    /// **中文**
    ///
    /// 连续多少次后报警
    #[serde(
        rename = "times",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub times: ::std::option::Option<i32>,
    /// Alarm value, this field is valid when querying the alarming rule
    ///
    /// **中文**
    ///
    /// 报警值 , 查询正在报警规则时该字段有效
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<f64>,
}
impl Alarm {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `calculation`.
    pub fn with_calculation(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.calculation = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `contactGroups`.
    pub fn with_contact_groups(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.contact_groups = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `contactPersons`.
    pub fn with_contact_persons(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.contact_persons = ::std::option::Option::Some(value.into());
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
    /// Sets `enabled`.
    pub fn with_enabled(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.enabled = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `metric`.
    pub fn with_metric(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.metric = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `metricName`.
    pub fn with_metric_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.metric_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `noticePeriod`.
    pub fn with_notice_period(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.notice_period = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `noticeTime`.
    pub fn with_notice_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.notice_time = ::std::option::Option::Some(value.into());
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
    /// Sets `period`.
    pub fn with_period(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.period = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn with_region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `resourceId`.
    pub fn with_resource_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serviceCode`.
    pub fn with_service_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tag`.
    pub fn with_tag(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `threshold`.
    pub fn with_threshold(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.threshold = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `times`.
    pub fn with_times(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.times = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn with_value(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// `AlarmHistory`
///
/// *Documented in* `specs/monitor/zh/jdclouddocs-cn/describeAlarmHistory.md` *line 43.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AlarmHistory {
    /// 统计方法：平均值=avg、最大值=max、最小值=min
    #[serde(
        rename = "calculation",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub calculation: ::std::option::Option<::std::string::String>,
    /// 通知的联系组，如 \[“联系组1”,”联系组2”\]
    #[serde(
        rename = "contactGroups",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contact_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 通知的联系人，如 \[“联系人1”,”联系人2”\]
    #[serde(
        rename = "contactPersons",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contact_persons: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 该规则是否已经被删除，1表示已经被删除，0表示未删除，被删除的规则，在使用查询规则的接口时，将不会被检索到
    #[serde(
        rename = "deleted",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deleted: ::std::option::Option<i32>,
    /// 启用禁用 1启用，0禁用
    #[serde(
        rename = "enabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<i32>,
    /// 规则id
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<::std::string::String>,
    /// 监控项
    #[serde(
        rename = "metric",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric: ::std::option::Option<::std::string::String>,
    /// 规则id监控项名称
    #[serde(
        rename = "metricName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_name: ::std::option::Option<::std::string::String>,
    /// 通知周期 单位：小时
    #[serde(
        rename = "noticePeriod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notice_period: ::std::option::Option<i32>,
    /// 报警的时间
    #[serde(
        rename = "noticeTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notice_time: ::std::option::Option<::std::string::String>,
    /// &gt;=、&gt;、&lt;、&lt;=、==、！=
    #[serde(
        rename = "operation",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation: ::std::option::Option<::std::string::String>,
    /// 统计周期（单位：分钟）
    #[serde(
        rename = "period",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i32>,
    /// 地域信息
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// 此规则所应用的资源id
    #[serde(
        rename = "resourceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// 报警规则对应的产品
    #[serde(
        rename = "serviceCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code: ::std::option::Option<::std::string::String>,
    /// 监控项附属信息
    #[serde(
        rename = "tag",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag: ::std::option::Option<::std::string::String>,
    /// 阈值
    #[serde(
        rename = "threshold",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub threshold: ::std::option::Option<f64>,
    /// 连续多少次后报警
    #[serde(
        rename = "times",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub times: ::std::option::Option<i32>,
    /// 报警值
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<f64>,
}
impl AlarmHistory {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `calculation`.
    pub fn with_calculation(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.calculation = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `contactGroups`.
    pub fn with_contact_groups(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.contact_groups = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `contactPersons`.
    pub fn with_contact_persons(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.contact_persons = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deleted`.
    pub fn with_deleted(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.deleted = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `enabled`.
    pub fn with_enabled(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.enabled = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `metric`.
    pub fn with_metric(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.metric = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `metricName`.
    pub fn with_metric_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.metric_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `noticePeriod`.
    pub fn with_notice_period(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.notice_period = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `noticeTime`.
    pub fn with_notice_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.notice_time = ::std::option::Option::Some(value.into());
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
    /// Sets `period`.
    pub fn with_period(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.period = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn with_region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `resourceId`.
    pub fn with_resource_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serviceCode`.
    pub fn with_service_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tag`.
    pub fn with_tag(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `threshold`.
    pub fn with_threshold(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.threshold = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `times`.
    pub fn with_times(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.times = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn with_value(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ChartDimension`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/describeServices.md` *line 54.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ChartDimension {
    /// Grouping groupCode
    #[serde(
        rename = "dimension",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dimension: ::std::option::Option<::std::string::String>,
    /// Group Name
    #[serde(
        rename = "dimensionName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dimension_name: ::std::option::Option<::std::string::String>,
    /// tags corresponding to metric under group
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::serde_json::Value>,
}
impl ChartDimension {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `dimension`.
    pub fn with_dimension(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dimension = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dimensionName`.
    pub fn with_dimension_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dimension_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tags`.
    pub fn with_tags(mut self, value: impl ::std::convert::Into<::serde_json::Value>) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateAlarmResult`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/createAlarm.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateAlarmResult {
    /// Rule ID List Created
    ///
    /// **中文**
    ///
    /// 创建成功的规则id列表
    #[serde(
        rename = "alarmIdList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alarm_id_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl CreateAlarmResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `alarmIdList`.
    pub fn with_alarm_id_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.alarm_id_list = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateAlarmSpec`
///
/// *Documented in* `specs/monitor/zh/jdclouddocs-cn/createAlarm.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateAlarmSpec {
    /// 统计方法，必须与定义的metric一致，可选值列表：avg,max,sum,min
    #[serde(rename = "calculation", default)]
    pub calculation: CreateAlarmSpecCalculation,
    /// 报警规则通知的联系组，必须在控制台上已创建，例如" \['联系组1','联系组2'\]"
    #[serde(
        rename = "contactGroups",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contact_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 报警规则通知的联系人，必须在控制台上已创建，例如 \[“联系人1”,”联系人2”\]
    #[serde(
        rename = "contactPersons",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contact_persons: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 取样频次，某些metric支持设置downSample，通过 \[\[查询可用创建监控规则的指标列表\]\](<http://docs.jdcloud.com/monitoring/api/describemetricsforcreatealarm>) 接口可查看。
    #[serde(
        rename = "downSample",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub down_sample: ::std::option::Option<::std::string::String>,
    /// 取值请查看 \[\[查询可用创建监控规则的指标列表\]\](<http://docs.jdcloud.com/monitoring/api/describemetricsforcreatealarm>) 接口 的metric字段
    #[serde(rename = "metric", default)]
    pub metric: ::std::string::String,
    /// 通知周期 单位：小时
    #[serde(
        rename = "noticePeriod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notice_period: ::std::option::Option<i32>,
    /// 报警比较符，只能为以下几种&lt;=,&lt;,&gt;,&gt;=,==,!=
    #[serde(rename = "operation", default)]
    pub operation: ::std::string::String,
    /// 统计周期，单位为分钟,目前支持的取值：2，5，15，30，60
    #[serde(rename = "period", default)]
    pub period: i32,
    /// 报警规则对应实例列表，每次最多100个，例如"\['resourceId1','resourceId2'\]"
    #[serde(rename = "resourceIds", default)]
    pub resource_ids: ::std::vec::Vec<::std::string::String>,
    /// 产品名称，取值请查看 \[\[查询可用创建监控规则的指标列表\]\](<http://docs.jdcloud.com/monitoring/api/describemetricsforcreatealarm>) 接口 的serviceCode字段
    #[serde(rename = "serviceCode", default)]
    pub service_code: ::std::string::String,
    /// 报警阈值，目前只开放数值类型功能
    #[serde(rename = "threshold", default)]
    pub threshold: f64,
    /// 持续周期，连续探测几个统计周期都满足阈值条件时报警，可选值:1,2,3,5
    #[serde(rename = "times", default)]
    pub times: i32,
}
impl CreateAlarmSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        calculation: impl ::std::convert::Into<CreateAlarmSpecCalculation>,
        metric: impl ::std::convert::Into<::std::string::String>,
        operation: impl ::std::convert::Into<::std::string::String>,
        period: impl ::std::convert::Into<i32>,
        resource_ids: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        service_code: impl ::std::convert::Into<::std::string::String>,
        threshold: impl ::std::convert::Into<f64>,
        times: impl ::std::convert::Into<i32>,
    ) -> Self {
        Self {
            calculation: calculation.into(),
            metric: metric.into(),
            operation: operation.into(),
            period: period.into(),
            resource_ids: resource_ids.into(),
            service_code: service_code.into(),
            threshold: threshold.into(),
            times: times.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `contactGroups`.
    pub fn with_contact_groups(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.contact_groups = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `contactPersons`.
    pub fn with_contact_persons(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.contact_persons = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `downSample`.
    pub fn with_down_sample(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.down_sample = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `noticePeriod`.
    pub fn with_notice_period(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.notice_period = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DataPoint`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/describeMetricData.md` *line 50.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DataPoint {
    /// Time stamp
    ///
    /// **中文**
    ///
    /// 时间戳
    #[serde(
        rename = "timestamp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timestamp: ::std::option::Option<i32>,
    /// Value
    ///
    /// **中文**
    ///
    /// 值
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl DataPoint {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `timestamp`.
    pub fn with_timestamp(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.timestamp = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeAlarmContactsResult`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/describeAlarmContacts.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeAlarmContactsResult {
    /// List of alarm contacts
    #[serde(
        rename = "contactsList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contacts_list: ::std::option::Option<::std::vec::Vec<DescribedNoticeContacts>>,
    /// Total number of alarm contacts
    #[serde(
        rename = "total",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total: ::std::option::Option<i64>,
}
impl DescribeAlarmContactsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `contactsList`.
    pub fn with_contacts_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<DescribedNoticeContacts>>,
    ) -> Self {
        self.contacts_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total`.
    pub fn with_total(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.total = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeAlarmHistoryResult`
///
/// *Documented in* `specs/monitor/zh/jdclouddocs-cn/describeAlarmHistory.md` *line 35.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeAlarmHistoryResult {
    /// 报警历史列表
    #[serde(
        rename = "alarmHistoryList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alarm_history_list: ::std::option::Option<::std::vec::Vec<AlarmHistory>>,
    /// 总页数
    #[serde(
        rename = "numberPages",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub number_pages: ::std::option::Option<f64>,
    /// 总记录数
    #[serde(
        rename = "numberRecords",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub number_records: ::std::option::Option<f64>,
    /// 页码
    #[serde(
        rename = "pageNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<f64>,
    /// 分页大小
    #[serde(
        rename = "pageSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<f64>,
}
impl DescribeAlarmHistoryResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `alarmHistoryList`.
    pub fn with_alarm_history_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<AlarmHistory>>,
    ) -> Self {
        self.alarm_history_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `numberPages`.
    pub fn with_number_pages(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.number_pages = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `numberRecords`.
    pub fn with_number_records(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.number_records = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn with_page_number(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pageSize`.
    pub fn with_page_size(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeAlarmsByIdResult`
///
/// *Documented in* `specs/monitor/zh/jdclouddocs-cn/describeAlarmsByID.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeAlarmsByIdResult {
    /// `alarm`
    #[serde(
        rename = "alarm",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alarm: ::std::option::Option<Alarm>,
}
impl DescribeAlarmsByIdResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `alarm`.
    pub fn with_alarm(mut self, value: impl ::std::convert::Into<Alarm>) -> Self {
        self.alarm = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeAlarmsResult`
///
/// *Documented in* `specs/monitor/zh/jdclouddocs-cn/describeAlarms.md` *line 35.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeAlarmsResult {
    /// 规则列表
    #[serde(
        rename = "alarmList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alarm_list: ::std::option::Option<::std::vec::Vec<Alarm>>,
    /// 总页数
    #[serde(
        rename = "numberPages",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub number_pages: ::std::option::Option<f64>,
    /// 总记录数
    #[serde(
        rename = "numberRecords",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub number_records: ::std::option::Option<f64>,
    /// 页码
    #[serde(
        rename = "pageNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<f64>,
    /// 分页大小
    #[serde(
        rename = "pageSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<f64>,
}
impl DescribeAlarmsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `alarmList`.
    pub fn with_alarm_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Alarm>>,
    ) -> Self {
        self.alarm_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `numberPages`.
    pub fn with_number_pages(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.number_pages = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `numberRecords`.
    pub fn with_number_records(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.number_records = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn with_page_number(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pageSize`.
    pub fn with_page_size(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeMetricDataResult`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/describeMetricData.md` *line 41.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeMetricDataResult {
    /// `metricDatas`
    #[serde(
        rename = "metricDatas",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_datas: ::std::option::Option<::std::vec::Vec<MetricData>>,
}
impl DescribeMetricDataResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `metricDatas`.
    pub fn with_metric_datas(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<MetricData>>,
    ) -> Self {
        self.metric_datas = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeMetricsForCreateAlarmResult`
///
/// *Documented in* `specs/monitor/zh/jdclouddocs-cn/describeMetricsForCreateAlarm.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeMetricsForCreateAlarmResult {
    /// `serviceCodeList`
    #[serde(
        rename = "serviceCodeList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code_list: ::std::option::Option<::std::vec::Vec<ServiceCodeMetrics>>,
}
impl DescribeMetricsForCreateAlarmResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `serviceCodeList`.
    pub fn with_service_code_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ServiceCodeMetrics>>,
    ) -> Self {
        self.service_code_list = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeMetricsResult`
///
/// *Documented in* `specs/monitor/zh/jdclouddocs-cn/describeMetrics.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeMetricsResult {
    /// `metrics`
    #[serde(
        rename = "metrics",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metrics: ::std::option::Option<::std::vec::Vec<MetricDetail>>,
}
impl DescribeMetricsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `metrics`.
    pub fn with_metrics(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<MetricDetail>>,
    ) -> Self {
        self.metrics = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeServicesResult`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/describeServices.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeServicesResult {
    /// `services`
    #[serde(
        rename = "services",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub services: ::std::option::Option<::std::vec::Vec<ServiceInfoV2>>,
}
impl DescribeServicesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `services`.
    pub fn with_services(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ServiceInfoV2>>,
    ) -> Self {
        self.services = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribedNoticeContacts`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/describeAlarmContacts.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribedNoticeContacts {
    /// Contact ID
    #[serde(
        rename = "referenceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reference_id: ::std::option::Option<i64>,
    /// Contact type. 0 - contact group id, 1 - contact id
    #[serde(
        rename = "referenceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reference_type: ::std::option::Option<i64>,
}
impl DescribedNoticeContacts {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `referenceId`.
    pub fn with_reference_id(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.reference_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `referenceType`.
    pub fn with_reference_type(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.reference_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// `EnableAlarmsResult`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/enableAlarm.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct EnableAlarmsResult {
    /// `success`
    #[serde(
        rename = "success",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub success: ::std::option::Option<bool>,
}
impl EnableAlarmsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `success`.
    pub fn with_success(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.success = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Filter`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/describeServices.md` *line 20.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Filter {
    /// `name`
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `values`
    #[serde(
        rename = "values",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl Filter {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `values`.
    pub fn with_values(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.values = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GroupNode`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/describeServices.md` *line 48.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GroupNode {
    /// Grouping Child Node
    #[serde(
        rename = "childs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub childs: ::std::option::Option<::std::vec::Vec<GroupNode>>,
    /// Grouping groupCode
    #[serde(
        rename = "groupCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_code: ::std::option::Option<::std::string::String>,
    /// Grouping parent node groupCode
    #[serde(
        rename = "parent",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parent: ::std::option::Option<::std::string::String>,
}
impl GroupNode {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `childs`.
    pub fn with_childs(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<GroupNode>>,
    ) -> Self {
        self.childs = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `groupCode`.
    pub fn with_group_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `parent`.
    pub fn with_parent(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.parent = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GroupTree`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/describeServices.md` *line 43.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GroupTree {
    /// Grouping groupCodes
    #[serde(
        rename = "childs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub childs: ::std::option::Option<::std::vec::Vec<GroupNode>>,
    /// serviceCode
    #[serde(
        rename = "serviceCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code: ::std::option::Option<::std::string::String>,
}
impl GroupTree {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `childs`.
    pub fn with_childs(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<GroupNode>>,
    ) -> Self {
        self.childs = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serviceCode`.
    pub fn with_service_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// `LastDownsampleRespItem`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/lastDownsample.md` *line 47.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct LastDownsampleRespItem {
    /// `metric`
    #[serde(
        rename = "metric",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric: ::std::option::Option<::std::string::String>,
    /// `name`
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `tags`
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::serde_json::Value>,
    /// `value`
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::serde_json::Value>,
}
impl LastDownsampleRespItem {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `metric`.
    pub fn with_metric(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.metric = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tags`.
    pub fn with_tags(mut self, value: impl ::std::convert::Into<::serde_json::Value>) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn with_value(mut self, value: impl ::std::convert::Into<::serde_json::Value>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// `LastDownsampleResult`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/lastDownsample.md` *line 43.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct LastDownsampleResult {
    /// `items`
    #[serde(
        rename = "items",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub items: ::std::option::Option<::std::vec::Vec<LastDownsampleRespItem>>,
}
impl LastDownsampleResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `items`.
    pub fn with_items(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<LastDownsampleRespItem>>,
    ) -> Self {
        self.items = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Metric`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/describeMetricData.md` *line 55.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Metric {
    /// Computing unit of metric, such as bit/s, %, k
    ///
    /// **中文**
    ///
    /// 指标的计算单位，比如bit/s、%、k等
    #[serde(
        rename = "calculateUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub calculate_unit: ::std::option::Option<::std::string::String>,
    /// English identifier of monitoring item
    ///
    /// **中文**
    ///
    /// 监控项英文标识
    #[serde(
        rename = "metric",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric: ::std::option::Option<::std::string::String>,
    /// Name of monitoring item
    ///
    /// **中文**
    ///
    /// 监控项名称
    #[serde(
        rename = "metricName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_name: ::std::option::Option<::std::string::String>,
}
impl Metric {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `calculateUnit`.
    pub fn with_calculate_unit(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.calculate_unit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `metric`.
    pub fn with_metric(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.metric = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `metricName`.
    pub fn with_metric_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.metric_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// `MetricData`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/describeMetricData.md` *line 45.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MetricData {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<::std::vec::Vec<DataPoint>>,
    /// `metric`
    #[serde(
        rename = "metric",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric: ::std::option::Option<Metric>,
}
impl MetricData {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<DataPoint>>,
    ) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `metric`.
    pub fn with_metric(mut self, value: impl ::std::convert::Into<Metric>) -> Self {
        self.metric = ::std::option::Option::Some(value.into());
        self
    }
}
/// `MetricDataCm`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/putMetricData.md` *line 19.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MetricDataCm {
    /// Data dimension, data type is map type, support at least one, up to five tags, no more than 255 bytes in total length, only English, numbers, underlines_, dot., \[0-9\]\[a-z\] \[A-Z\] \[. _ \] are allowed, others will return err
    ///
    /// **中文**
    ///
    /// 数据维度，数据类型为map类型，支持最少一个，最多五个标签，总长度不大于255字节，只允许英文、数字、下划线_、点., \[0-9\]\[a-z\] \[A-Z\] \[. _ \]，  其它会返回err
    #[serde(rename = "dimensions", default)]
    pub dimensions: ::serde_json::Value,
    /// Metric name, no more than 255 bytes in length, only English, numbers, underlines_, dot., \[0-9\]\[a-z\] \[A-Z\] \[. _ \] are allowed, others will return err
    ///
    /// **中文**
    ///
    /// 监控指标名称，长度不超过255字节，只允许英文、数字、下划线_、点.,  \[0-9\]\[a-z\] \[A-Z\] \[. _ \]， 其它会返回err
    #[serde(rename = "metric", default)]
    pub metric: ::std::string::String,
    /// Naming space, no more than 255 bytes in length, only English, numbers, underlines_, dot., \[0-9\]\[a-z\] \[A-Z\] \[. _ \] are allowed, others will return err
    ///
    /// **中文**
    ///
    /// 命名空间 ，长度不超过255字节，只允许英文、数字、下划线_、点., \[0-9\]\[a-z\] \[A-Z\] \[. _ \]，  其它会返回err
    #[serde(rename = "namespace", default)]
    pub namespace: ::std::string::String,
    /// Timestamp for reporting data points only supports 10-bit, second timestamp, the time of the past 30 days cannot be written in
    ///
    /// **中文**
    ///
    /// 上报数据点的时间戳,只支持10位，秒级时间戳，不能写入过去30天的时间
    #[serde(rename = "timestamp", default)]
    pub timestamp: i32,
    /// Data reporting type, 1 is the original value, 2 is aggregated data. When the aggregated data is reported, it is suggested that it shall be reported during the period of 60s, otherwise, it cannot be queried normally.
    ///
    /// **中文**
    ///
    /// 数据上报类型，1为原始值，2为聚合数据。当上报聚合数据时，建议为60s的周期时行上报、否则无法正常查询
    #[serde(rename = "type", default)]
    pub r#type: i32,
    /// Metric value collection, the data type must be the map type, key is the data type, value is the data value, when type=1, key only can be “value”, the reported is the original value, when type=2, key can be “avg”, “sum”, “last”, “max”, “min”, “count”, which only support the above types, otherwise it will report an error, value contents are integers or floating point numbers, the largest value is 9223372036854775807, count only supports numbers &gt;=0
    ///
    /// **中文**
    ///
    /// 指标值集合，数据类型必须为map类型，key为数据类型，value为数据值，当type=1时，key只能为”value”，上报的是原始值，当type=2时，K的值可以为"avg","sum","last","max","min","count"，只支持以上类型，否则会报错，value内容为整型或浮点型数字，最大值为9223372036854775807，count只支持&gt;=0的数
    #[serde(rename = "values", default)]
    pub values: ::serde_json::Value,
}
impl MetricDataCm {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        dimensions: impl ::std::convert::Into<::serde_json::Value>,
        metric: impl ::std::convert::Into<::std::string::String>,
        namespace: impl ::std::convert::Into<::std::string::String>,
        timestamp: impl ::std::convert::Into<i32>,
        r#type: impl ::std::convert::Into<i32>,
        values: impl ::std::convert::Into<::serde_json::Value>,
    ) -> Self {
        Self {
            dimensions: dimensions.into(),
            metric: metric.into(),
            namespace: namespace.into(),
            timestamp: timestamp.into(),
            r#type: r#type.into(),
            values: values.into(),
            ..::std::default::Default::default()
        }
    }
}
/// `MetricDataList`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/putMetricData.md` *line 41.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MetricDataList {
    /// Error Data Description
    ///
    /// **中文**
    ///
    /// 错误数据描述
    #[serde(
        rename = "errDetail",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub err_detail: ::std::option::Option<::std::string::String>,
    /// Error Data
    ///
    /// **中文**
    ///
    /// 错误数据
    #[serde(
        rename = "errMetricData",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub err_metric_data: ::std::option::Option<::std::string::String>,
}
impl MetricDataList {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `errDetail`.
    pub fn with_err_detail(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.err_detail = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `errMetricData`.
    pub fn with_err_metric_data(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.err_metric_data = ::std::option::Option::Some(value.into());
        self
    }
}
/// `MetricDetail`
///
/// *Documented in* `specs/monitor/zh/jdclouddocs-cn/describeMetricsForCreateAlarm.md` *line 36.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MetricDetail {
    /// 指标的计算单位，比如bit/s、%、byte等
    #[serde(
        rename = "calculateUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub calculate_unit: ::std::option::Option<::std::string::String>,
    /// 取样频次
    #[serde(
        rename = "downSample",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub down_sample: ::std::option::Option<::std::string::String>,
    /// 监控指标英文标识
    #[serde(
        rename = "metric",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric: ::std::option::Option<::std::string::String>,
    /// 监控指标名称
    #[serde(
        rename = "metricName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_name: ::std::option::Option<::std::string::String>,
    /// 资源类型标识
    #[serde(
        rename = "serviceCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code: ::std::option::Option<::std::string::String>,
}
impl MetricDetail {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `calculateUnit`.
    pub fn with_calculate_unit(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.calculate_unit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `downSample`.
    pub fn with_down_sample(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.down_sample = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `metric`.
    pub fn with_metric(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.metric = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `metricName`.
    pub fn with_metric_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.metric_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serviceCode`.
    pub fn with_service_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// `PutMetricDataResult`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/putMetricData.md` *line 36.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PutMetricDataResult {
    /// `errMetricDataList`
    #[serde(
        rename = "errMetricDataList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub err_metric_data_list: ::std::option::Option<::std::vec::Vec<MetricDataList>>,
    /// All successful write-ins are true, otherwise are false
    ///
    /// **中文**
    ///
    /// 全部写入成功为true，否则为false
    #[serde(
        rename = "success",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub success: ::std::option::Option<bool>,
}
impl PutMetricDataResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `errMetricDataList`.
    pub fn with_err_metric_data_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<MetricDataList>>,
    ) -> Self {
        self.err_metric_data_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `success`.
    pub fn with_success(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.success = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ServiceCodeMetrics`
///
/// *Documented in* `specs/monitor/zh/jdclouddocs-cn/describeMetricsForCreateAlarm.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceCodeMetrics {
    /// `metrics`
    #[serde(
        rename = "metrics",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metrics: ::std::option::Option<::std::vec::Vec<MetricDetail>>,
    /// `serviceCode`
    #[serde(
        rename = "serviceCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code: ::std::option::Option<::std::string::String>,
}
impl ServiceCodeMetrics {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `metrics`.
    pub fn with_metrics(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<MetricDetail>>,
    ) -> Self {
        self.metrics = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serviceCode`.
    pub fn with_service_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ServiceInfoV2`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/describeServices.md` *line 36.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceInfoV2 {
    /// Grouping Information Under Product Line
    #[serde(
        rename = "dimensions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dimensions: ::std::option::Option<::std::vec::Vec<ChartDimension>>,
    /// `groupTree`
    #[serde(
        rename = "groupTree",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_tree: ::std::option::Option<GroupTree>,
    /// Product Line ServiceCode
    #[serde(
        rename = "serviceCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code: ::std::option::Option<::std::string::String>,
    /// Product Line Name
    #[serde(
        rename = "serviceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_name: ::std::option::Option<::std::string::String>,
}
impl ServiceInfoV2 {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `dimensions`.
    pub fn with_dimensions(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ChartDimension>>,
    ) -> Self {
        self.dimensions = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `groupTree`.
    pub fn with_group_tree(mut self, value: impl ::std::convert::Into<GroupTree>) -> Self {
        self.group_tree = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serviceCode`.
    pub fn with_service_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serviceName`.
    pub fn with_service_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// `TagFilter`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/lastDownsample.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TagFilter {
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
        rename = "values",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl TagFilter {
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
    /// Sets `values`.
    pub fn with_values(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.values = ::std::option::Option::Some(value.into());
        self
    }
}
/// `UpdateAlarmResult`
///
/// *Documented in* `specs/monitor/en/jdcloudcom-en/updateAlarm.md` *line 41.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateAlarmResult {
    /// Rule ID
    ///
    /// **中文**
    ///
    /// 规则id
    #[serde(
        rename = "alarmId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alarm_id: ::std::option::Option<::std::string::String>,
}
impl UpdateAlarmResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `alarmId`.
    pub fn with_alarm_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.alarm_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// Allowed values of CreateAlarmSpecCalculation.
///
/// 统计方法，必须与定义的metric一致，可选值列表：avg,max,sum,min
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateAlarmSpecCalculation {
    /// `avg`
    Avg,
    /// `max`
    Max,
    /// `sum`
    Sum,
    /// `min`
    Min,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl CreateAlarmSpecCalculation {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Avg => "avg",
            Self::Max => "max",
            Self::Sum => "sum",
            Self::Min => "min",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for CreateAlarmSpecCalculation {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for CreateAlarmSpecCalculation {
    fn from(value: &str) -> Self {
        match value {
            "avg" => Self::Avg,
            "max" => Self::Max,
            "sum" => Self::Sum,
            "min" => Self::Min,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for CreateAlarmSpecCalculation {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for CreateAlarmSpecCalculation {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CreateAlarmSpecCalculation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateAlarmSpecCalculation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
