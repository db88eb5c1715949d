//! JCLOUD MONITOR API (`monitor`), `https://monitor.jdcloud-api.com/v1`.
//!
//! monitor API
//!
//! Operations:
//!
//! - `createAlarm` — Create alarm rules, it can create alarm rules for a certain instance, or it also can create alarm rules for multiple instances at the same time.
//!
//! - `deleteAlarms` — 批量删除已创建的报警规则
//!
//! - `deleteAlarmsCm` — Delete custom metric monitoring rules
//!
//! - `describeAlarmContacts` — Query rule alarm contacts
//!
//! - `describeAlarmHistory` — 查询报警历史，支持按照报警规则ID、资源ID、产品名称进行查询。
//!
//! - `describeAlarms` — 查询监控规则，支持按照规则状态、报警状态、资源ID和产品名称进行查询。
//!
//! - `describeAlarmsByID` — Query rule details
//!
//! - `describeMetricData` — Get statistics for the specified metric.
//!
//! - `describeMetrics` — 根据资源类型查询可获取监控数据的的指标列表。
//!
//! - `describeMetricsForCreateAlarm` — 根据资源类型查询可用于创建监控规则的指标列表
//!
//! - `describeServices` — Information APIs for Product Line on the Overview Page
//!
//! - `disableAlarm` — 禁用报警规则。
//!
//! - `enableAlarm` — 启用报警规则，当报警规则处于已禁用状态时，可以使用此接口启用报警规则。
//!
//! - `enableAlarms` — Enabling and Disabling Rules
//!
//! - `lastDownsample` — Aggregate metric data to one point with different aggregation methods.
//!
//! - `putMetricData` — The API is for reporting the custom metric monitoring data, facilitating the user to report the collected time series data to the Monitoring.
//!
//! - `updateAlarm` — Modify alarm rules already created, support to modify alarm rules and notified contact information When the alarm rule is in the status of “Enabled” the alarm rule is allowed to be modified.
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `monitor` service.
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
    /// Create alarm rules, it can create alarm rules for a certain instance, or it also can create alarm rules for multiple instances at the same time.
    ///
    /// `POST /v1/regions/{regionId}/alarms`
    ///
    /// **中文**
    ///
    /// 创建报警规则，可以为某一个实例创建报警规则，也可以为多个实例同时创建报警规则。
    ///
    /// *Documented in* `specs/monitor/en/jdcloudcom-en/createAlarm.md` *line 1.*
    pub fn create_alarm(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        create_alarm_spec: impl ::std::convert::Into<CreateAlarmSpec>,
    ) -> CreateAlarm {
        CreateAlarm {
            config: self.config.clone(),
            region_id: region_id.into(),
            client_token: ::std::option::Option::None,
            create_alarm_spec: create_alarm_spec.into(),
        }
    }
    /// 批量删除已创建的报警规则
    ///
    /// `DELETE /v1/regions/{regionId}/alarms`
    ///
    /// *Documented in* `specs/monitor/zh/jdclouddocs-cn/deleteAlarms.md` *line 1.*
    pub fn delete_alarms(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        ids: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteAlarms {
        DeleteAlarms {
            config: self.config.clone(),
            region_id: region_id.into(),
            ids: ids.into(),
        }
    }
    /// Delete custom metric monitoring rules
    ///
    /// `DELETE /v1/regions/{regionId}/cmAlarms`
    ///
    /// *Documented in* `specs/monitor/en/jdcloudcom-en/deleteAlarmsCm.md` *line 1.*
    pub fn delete_alarms_cm(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        ids: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteAlarmsCm {
        DeleteAlarmsCm {
            config: self.config.clone(),
            region_id: region_id.into(),
            ids: ids.into(),
        }
    }
    /// Query rule alarm contacts
    ///
    /// `GET /v1/regions/{regionId}/alarms/{alarmId}/contacts`
    ///
    /// *Documented in* `specs/monitor/en/jdcloudcom-en/describeAlarmContacts.md` *line 1.*
    pub fn describe_alarm_contacts(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        alarm_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeAlarmContacts {
        DescribeAlarmContacts {
            config: self.config.clone(),
            region_id: region_id.into(),
            alarm_id: alarm_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            reference_type: ::std::option::Option::None,
        }
    }
    /// 查询报警历史，支持按照报警规则ID、资源ID、产品名称进行查询。
    ///
    /// `GET /v1/regions/{regionId}/alarmHistory`
    ///
    /// *Documented in* `specs/monitor/zh/jdclouddocs-cn/describeAlarmHistory.md` *line 1.*
    pub fn describe_alarm_history(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeAlarmHistory {
        DescribeAlarmHistory {
            config: self.config.clone(),
            region_id: region_id.into(),
            end_time: end_time.into(),
            id: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            resource_id: ::std::option::Option::None,
            service_code: ::std::option::Option::None,
            start_time: start_time.into(),
        }
    }
    /// 查询监控规则，支持按照规则状态、报警状态、资源ID和产品名称进行查询。
    ///
    /// `GET /v1/regions/{regionId}/alarms`
    ///
    /// *Documented in* `specs/monitor/zh/jdclouddocs-cn/describeAlarms.md` *line 1.*
    pub fn describe_alarms(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeAlarms {
        DescribeAlarms {
            config: self.config.clone(),
            region_id: region_id.into(),
            enabled: ::std::option::Option::None,
            is_alarming: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            resource_id: ::std::option::Option::None,
            service_code: ::std::option::Option::None,
            status: ::std::option::Option::None,
        }
    }
    /// Query rule details
    ///
    /// `GET /v1/regions/{regionId}/alarms/{alarmId}`
    ///
    /// **中文**
    ///
    /// 查询规则详情
    ///
    /// *Documented in* `specs/monitor/zh/jdclouddocs-cn/describeAlarmsByID.md` *line 1.*
    pub fn describe_alarms_by_id(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        alarm_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeAlarmsById {
        DescribeAlarmsById {
            config: self.config.clone(),
            region_id: region_id.into(),
            alarm_id: alarm_id.into(),
        }
    }
    /// Get statistics for the specified metric. To get more precise data points, the user can narrow or increase the specified time range.
    ///
    /// `GET /v1/regions/{regionId}/metrics/{metric}/metricData`
    ///
    /// **中文**
    ///
    /// 查看某资源监控数据，需指定监控指标和时间范围。
    ///
    /// *Documented in* `specs/monitor/en/jdcloudcom-en/describeMetricData.md` *line 1.*
    pub fn describe_metric_data(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        metric: impl ::std::convert::Into<::std::string::String>,
        resource_id: impl ::std::convert::Into<::std::string::String>,
        service_code: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeMetricData {
        DescribeMetricData {
            config: self.config.clone(),
            region_id: region_id.into(),
            metric: metric.into(),
            end_time: ::std::option::Option::None,
            resource_id: resource_id.into(),
            service_code: service_code.into(),
            start_time: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            time_interval: ::std::option::Option::None,
        }
    }
    /// 根据资源类型查询可获取监控数据的的指标列表。
    ///
    /// `GET /v1/metrics`
    ///
    /// *Documented in* `specs/monitor/zh/jdclouddocs-cn/describeMetrics.md` *line 1.*
    pub fn describe_metrics(
        &self,
        service_code: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeMetrics {
        DescribeMetrics {
            config: self.config.clone(),
            service_code: service_code.into(),
        }
    }
    /// 根据资源类型查询可用于创建监控规则的指标列表
    ///
    /// `GET /v1/metricsForCreateAlarm`
    ///
    /// *Documented in* `specs/monitor/zh/jdclouddocs-cn/describeMetricsForCreateAlarm.md` *line 1.*
    pub fn describe_metrics_for_create_alarm(&self) -> DescribeMetricsForCreateAlarm {
        DescribeMetricsForCreateAlarm {
            config: self.config.clone(),
            service_code: ::std::option::Option::None,
        }
    }
    /// Information APIs for Product Line on the Overview Page
    ///
    /// `GET /v2/services`
    ///
    /// *Documented in* `specs/monitor/en/jdcloudcom-en/describeServices.md` *line 1.*
    pub fn describe_services(&self) -> DescribeServices {
        DescribeServices {
            config: self.config.clone(),
            filters: ::std::option::Option::None,
            product_type: ::std::option::Option::None,
        }
    }
    /// 禁用报警规则。报警规则禁用后，将停止探测实例的监控项数据。
    ///
    /// `POST /v1/regions/{regionId}/alarms/{alarmId}:disable`
    ///
    /// *Documented in* `specs/monitor/zh/jdclouddocs-cn/disableAlarm.md` *line 1.*
    pub fn disable_alarm(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        alarm_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DisableAlarm {
        DisableAlarm {
            config: self.config.clone(),
            region_id: region_id.into(),
            alarm_id: alarm_id.into(),
        }
    }
    /// 启用报警规则，当报警规则处于已禁用状态时，可以使用此接口启用报警规则。
    ///
    /// `POST /v1/regions/{regionId}/alarms/{alarmId}:enable`
    ///
    /// *Documented in* `specs/monitor/zh/jdclouddocs-cn/enableAlarm.md` *line 1.*
    pub fn enable_alarm(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        alarm_id: impl ::std::convert::Into<::std::string::String>,
    ) -> EnableAlarm {
        EnableAlarm {
            config: self.config.clone(),
            region_id: region_id.into(),
            alarm_id: alarm_id.into(),
        }
    }
    /// Enabling and Disabling Rules
    ///
    /// `POST /v2/groupAlarms:switch`
    ///
    /// *Documented in* `specs/monitor/en/jdcloudcom-en/enableAlarm.md` *line 1.*
    pub fn enable_alarms(
        &self,
        alarm_ids: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> EnableAlarms {
        EnableAlarms {
            config: self.config.clone(),
            alarm_ids: alarm_ids.into(),
            state: ::std::option::Option::None,
        }
    }
    /// Aggregate metric data to one point with different aggregation methods. downAggrType: last (last point), max (maximum value), min (minimum value), avg (average value) and sum (summation). Return value of this API is the original value reported to metric, which is not subject to unit conversion. metric introduction: [Metrics](https://docs.jdcloud.com/en/monitoring/metrics)
    ///
    /// `GET /v2/regions/{regionId}/metrics/{metric}/lastDownsample`
    ///
    /// *Documented in* `specs/monitor/en/jdcloudcom-en/lastDownsample.md` *line 1.*
    pub fn last_downsample(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        metric: impl ::std::convert::Into<::std::string::String>,
        service_code: impl ::std::convert::Into<::std::string::String>,
        resource_id: impl ::std::convert::Into<::std::string::String>,
    ) -> LastDownsample {
        LastDownsample {
            config: self.config.clone(),
            region_id: region_id.into(),
            metric: metric.into(),
            service_code: service_code.into(),
            dimension: ::std::option::Option::None,
            resource_id: resource_id.into(),
            tags: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            time_interval: ::std::option::Option::None,
            aggr_type: ::std::option::Option::None,
            down_aggr_type: ::std::option::Option::None,
        }
    }
    /// The API is for reporting the custom metric monitoring data, facilitating the user to report the collected time series data to the Monitoring. Report data of different regions for domain names of different region, refer to : [Calling Description](https://docs.jdcloud.com/cn/monitoring/reporting-monitoring-data)Original data and aggregated statistical data can be reported in batches. A single request contains up to 50 data points; the data size does not exceed 256k.
    ///
    /// `POST /v1/customMetrics`
    ///
    /// **中文**
    ///
    /// 该接口为自定义监控数据上报的接口，方便您将自己采集的时序数据上报到云监控。可上报原始数据和已聚合的统计数据。支持批量上报方式。单次请求最多包含 50 个数据点；数据大小不超过 256k。
    ///
    /// *Documented in* `specs/monitor/en/jdcloudcom-en/putMetricData.md` *line 1.*
    pub fn put_metric_data(&self) -> PutMetricData {
        PutMetricData {
            config: self.config.clone(),
            metric_data_list: ::std::option::Option::None,
        }
    }
    /// Modify alarm rules already created, support to modify alarm rules and notified contact information When the alarm rule is in the status of “Enabled” the alarm rule is allowed to be modified.
    ///
    /// `PATCH /v1/regions/{regionId}/alarms/{alarmId}`
    ///
    /// **中文**
    ///
    /// 修改已创建的报警规则，支持修改报警规则及通知的联系人信息。当报警规则处于“已启用”状态时，允许修改报警规则。
    ///
    /// *Documented in* `specs/monitor/en/jdcloudcom-en/updateAlarm.md` *line 1.*
    #[allow(clippy::too_many_arguments)]
    pub fn update_alarm(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        alarm_id: impl ::std::convert::Into<::std::string::String>,
        calculation: impl ::std::convert::Into<::std::string::String>,
        metric: impl ::std::convert::Into<::std::string::String>,
        operation: impl ::std::convert::Into<::std::string::String>,
        period: impl ::std::convert::Into<i32>,
        service_code: impl ::std::convert::Into<::std::string::String>,
        threshold: impl ::std::convert::Into<f64>,
        times: impl ::std::convert::Into<i32>,
    ) -> UpdateAlarm {
        UpdateAlarm {
            config: self.config.clone(),
            region_id: region_id.into(),
            alarm_id: alarm_id.into(),
            calculation: calculation.into(),
            contact_groups: ::std::option::Option::None,
            contact_persons: ::std::option::Option::None,
            down_sample: ::std::option::Option::None,
            metric: metric.into(),
            notice_period: ::std::option::Option::None,
            operation: operation.into(),
            period: period.into(),
            service_code: service_code.into(),
            threshold: threshold.into(),
            times: times.into(),
        }
    }
}
/// Request builder of `createAlarm`, made by [`Client::create_alarm`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAlarm {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    client_token: ::std::option::Option<::std::string::String>,
    create_alarm_spec: CreateAlarmSpec,
}
impl CreateAlarm {
    /// `clientToken`: Idempotent validation parameter, 32-bit at the longest, the return value will not change if the value does not change
    ///
    /// When not set, a random token is generated, so that retries of this request are safe.
    ///
    /// **中文**
    ///
    /// 幂等性校验参数，最长32位，值不变则返回值不会变
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
        body.member("createAlarmSpec", &self.create_alarm_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/alarms",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "monitor", "v1", path)
                .with_operation("createAlarm");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        request = request.with_idempotent(true);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateAlarmResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateAlarmResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createAlarm` lists. Read one from a service error with [`CreateAlarmErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateAlarmErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 500.
    ///
    /// - internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl CreateAlarmErrorKind {
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
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteAlarms`, made by [`Client::delete_alarms`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAlarms {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    ids: ::std::string::String,
}
impl DeleteAlarms {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "ids", &self.ids)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/alarms",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "monitor", "v1", path)
                .with_operation("deleteAlarms");
        request = request.with_query(query);
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
/// The errors the documentation of `deleteAlarms` lists. Read one from a service error with [`DeleteAlarmsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteAlarmsErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 500.
    ///
    /// - internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DeleteAlarmsErrorKind {
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
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteAlarmsCm`, made by [`Client::delete_alarms_cm`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAlarmsCm {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    ids: ::std::string::String,
}
impl DeleteAlarmsCm {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "ids", &self.ids)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/cmAlarms",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "monitor", "v1", path)
                .with_operation("deleteAlarmsCm");
        request = request.with_query(query);
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
/// Request builder of `describeAlarmContacts`, made by [`Client::describe_alarm_contacts`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeAlarmContacts {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    alarm_id: ::std::string::String,
    page_number: ::std::option::Option<i64>,
    page_size: ::std::option::Option<i64>,
    reference_type: ::std::option::Option<i64>,
}
impl DescribeAlarmContacts {
    /// `pageNumber`: Page; 1 by default, the value range: \[1,∞)
    pub fn page_number(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: Paging Size; 20 by default. Value Range: \[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `referenceType`: Contact type. 0, contact grouping; 1, contact
    pub fn reference_type(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.reference_type = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.alarm_id.to_string();
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.reference_type {
            crate::runtime::push_query(&mut query, "referenceType", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/alarms/{alarmId}/contacts",
            &[("regionId", path_0.as_str()), ("alarmId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "monitor", "v1", path)
                .with_operation("describeAlarmContacts");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeAlarmContactsResult>,
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
        crate::runtime::Response<DescribeAlarmContactsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeAlarmHistory`, made by [`Client::describe_alarm_history`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeAlarmHistory {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    end_time: ::std::string::String,
    id: ::std::option::Option<::std::string::String>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    resource_id: ::std::option::Option<::std::string::String>,
    service_code: ::std::option::Option<::std::string::String>,
    start_time: ::std::string::String,
}
impl DescribeAlarmHistory {
    /// `id`: 报警规则的Id
    pub fn id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
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
    /// `resourceId`: 资源Id
    pub fn resource_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.resource_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `serviceCode`: 产品名称
    pub fn service_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.service_code = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "endTime", &self.end_time)?;
        if let ::std::option::Option::Some(value) = &self.id {
            crate::runtime::push_query(&mut query, "id", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.resource_id {
            crate::runtime::push_query(&mut query, "resourceId", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.service_code {
            crate::runtime::push_query(&mut query, "serviceCode", value)?;
        }
        crate::runtime::push_query(&mut query, "startTime", &self.start_time)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/alarmHistory",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "monitor", "v1", path)
                .with_operation("describeAlarmHistory");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeAlarmHistoryResult>,
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
        crate::runtime::Response<DescribeAlarmHistoryResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeAlarmHistory` lists. Read one from a service error with [`DescribeAlarmHistoryErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeAlarmHistoryErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 500.
    ///
    /// - internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeAlarmHistoryErrorKind {
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
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeAlarms`, made by [`Client::describe_alarms`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeAlarms {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    enabled: ::std::option::Option<i32>,
    is_alarming: ::std::option::Option<i32>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    resource_id: ::std::option::Option<::std::string::String>,
    service_code: ::std::option::Option<::std::string::String>,
    status: ::std::option::Option<i32>,
}
impl DescribeAlarms {
    /// `enabled`: 规则状态：1为启用，0为禁用
    pub fn enabled(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.enabled = ::std::option::Option::Some(value.into());
        self
    }
    /// `isAlarming`: 是否为正在报警的规则，0为忽略，1为是，与 status 同时只能生效一个,isAlarming 优先生效
    pub fn is_alarming(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.is_alarming = ::std::option::Option::Some(value.into());
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
    /// `resourceId`: 资源Id
    pub fn resource_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.resource_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `serviceCode`: 产品名称
    pub fn service_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.service_code = ::std::option::Option::Some(value.into());
        self
    }
    /// `status`: 规则报警状态, 1：正常, 2：报警，4：数据不足
    pub fn status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.enabled {
            crate::runtime::push_query(&mut query, "enabled", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.is_alarming {
            crate::runtime::push_query(&mut query, "isAlarming", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.resource_id {
            crate::runtime::push_query(&mut query, "resourceId", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.service_code {
            crate::runtime::push_query(&mut query, "serviceCode", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.status {
            crate::runtime::push_query(&mut query, "status", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/alarms",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "monitor", "v1", path)
                .with_operation("describeAlarms");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeAlarmsResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeAlarmsResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeAlarms` lists. Read one from a service error with [`DescribeAlarmsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeAlarmsErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 500.
    ///
    /// - internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeAlarmsErrorKind {
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
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeAlarmsByID`, made by [`Client::describe_alarms_by_id`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeAlarmsById {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    alarm_id: ::std::string::String,
}
impl DescribeAlarmsById {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.alarm_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/alarms/{alarmId}",
            &[("regionId", path_0.as_str()), ("alarmId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "monitor", "v1", path)
                .with_operation("describeAlarmsByID");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeAlarmsByIdResult>,
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
        crate::runtime::Response<DescribeAlarmsByIdResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeAlarmsByID` lists. Read one from a service error with [`DescribeAlarmsByIdErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeAlarmsByIdErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 500.
    ///
    /// - internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeAlarmsByIdErrorKind {
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
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeMetricData`, made by [`Client::describe_metric_data`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeMetricData {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    metric: ::std::string::String,
    end_time: ::std::option::Option<::std::string::String>,
    resource_id: ::std::string::String,
    service_code: ::std::string::String,
    start_time: ::std::option::Option<::std::string::String>,
    tags: ::std::option::Option<::std::vec::Vec<TagFilter>>,
    time_interval: ::std::option::Option<::std::string::String>,
}
impl DescribeMetricData {
    /// `endTime`: Query end time of time range, UTC time, format: 2016-12- yyyy-MM-dd'T’HH:mm:ssZ (if it is blank, which shall be obtained by computing startTime and timeInterval)
    ///
    /// **中文**
    ///
    /// 查询时间范围的结束时间， UTC时间，格式：2016-12- yyyy-MM-dd'T'HH:mm:ssZ（为空时，将由startTime与timeInterval计算得出）
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `startTime`: Query start time of time range, UTC time, format: yyyy-MM-dd'T’HH:mm:ssZ (current time by default, if it is earlier than 30d, it will be reset to 30d)
    ///
    /// **中文**
    ///
    /// 查询时间范围的开始时间， UTC时间，格式：yyyy-MM-dd'T'HH:mm:ssZ（默认为当前时间，早于30d时，将被重置为30d）
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `tags`: Customized tag
    ///
    /// **中文**
    ///
    /// 自定义标签
    pub fn tags(mut self, value: impl ::std::convert::Into<::std::vec::Vec<TagFilter>>) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }
    /// `timeInterval`: Time interval: 1h, 6h, 12h, 1d, 3d, 7d, 14d, fixed time interval, fill in at least one of timeInterval and endTime
    ///
    /// **中文**
    ///
    /// 时间间隔：1h，6h，12h，1d，3d，7d，14d，固定时间间隔，timeInterval 与 endTime 至少填一项
    pub fn time_interval(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.time_interval = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.metric.to_string();
        if let ::std::option::Option::Some(value) = &self.end_time {
            crate::runtime::push_query(&mut query, "endTime", value)?;
        }
        crate::runtime::push_query(&mut query, "resourceId", &self.resource_id)?;
        crate::runtime::push_query(&mut query, "serviceCode", &self.service_code)?;
        if let ::std::option::Option::Some(value) = &self.start_time {
            crate::runtime::push_query(&mut query, "startTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.tags {
            crate::runtime::push_query(&mut query, "tags", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.time_interval {
            crate::runtime::push_query(&mut query, "timeInterval", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/metrics/{metric}/metricData",
            &[("regionId", path_0.as_str()), ("metric", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "monitor", "v1", path)
                .with_operation("describeMetricData");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeMetricDataResult>,
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
        crate::runtime::Response<DescribeMetricDataResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeMetricData` lists. Read one from a service error with [`DescribeMetricDataErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeMetricDataErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 500.
    ///
    /// - internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeMetricDataErrorKind {
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
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeMetrics`, made by [`Client::describe_metrics`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeMetrics {
    config: crate::runtime::Config,
    service_code: ::std::string::String,
}
impl DescribeMetrics {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        crate::runtime::push_query(&mut query, "serviceCode", &self.service_code)?;
        let path = "/metrics".to_string();
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "monitor", "v1", path)
                .with_operation("describeMetrics");
        request = request.with_query(query);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeMetricsResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeMetricsResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeMetrics` lists. Read one from a service error with [`DescribeMetricsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeMetricsErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 500.
    ///
    /// - internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeMetricsErrorKind {
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
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeMetricsForCreateAlarm`, made by [`Client::describe_metrics_for_create_alarm`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeMetricsForCreateAlarm {
    config: crate::runtime::Config,
    service_code: ::std::option::Option<::std::string::String>,
}
impl DescribeMetricsForCreateAlarm {
    /// `serviceCode`: 资源的类型，默认为空，展示所有项目
    ///
    /// vm--&gt;云主机
    ///
    /// disk--&gt;云硬盘
    ///
    /// ip--&gt;公网ip
    ///
    /// balance--&gt;负载均衡
    ///
    /// database--&gt;云数据库mysql版本
    ///
    /// cdn--&gt;京东CDN
    ///
    /// redis--&gt;redis云缓存
    ///
    /// mongodb--&gt;mongoDB云缓存
    ///
    /// storage--&gt;云存储
    ///
    /// sqlserver--&gt;云数据库sqlserver版
    ///
    /// nativecontainer--&gt;容器
    pub fn service_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.service_code = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        if let ::std::option::Option::Some(value) = &self.service_code {
            crate::runtime::push_query(&mut query, "serviceCode", value)?;
        }
        let path = "/metricsForCreateAlarm".to_string();
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "monitor", "v1", path)
                .with_operation("describeMetricsForCreateAlarm");
        request = request.with_query(query);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeMetricsForCreateAlarmResult>,
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
        crate::runtime::Response<DescribeMetricsForCreateAlarmResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeMetricsForCreateAlarm` lists. Read one from a service error with [`DescribeMetricsForCreateAlarmErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeMetricsForCreateAlarmErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 500.
    ///
    /// - internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeMetricsForCreateAlarmErrorKind {
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
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeServices`, made by [`Client::describe_services`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeServices {
    config: crate::runtime::Config,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    product_type: ::std::option::Option<i64>,
}
impl DescribeServices {
    /// `filters`: Service Code List
    ///
    /// The filter name serviceCodes refers to search rules of product lines
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `productType`: The product line type to be searched include   0: all    1: resource monitoring   2: others   default: 1. If the serviceCode to be searched is designated, please ignore this parameter
    pub fn product_type(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.product_type = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.product_type {
            crate::runtime::push_query(&mut query, "productType", value)?;
        }
        let path = "/services".to_string();
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "monitor", "v2", path)
                .with_operation("describeServices");
        request = request.with_query(query);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeServicesResult>,
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
        crate::runtime::Response<DescribeServicesResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `disableAlarm`, made by [`Client::disable_alarm`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisableAlarm {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    alarm_id: ::std::string::String,
}
impl DisableAlarm {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.alarm_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/alarms/{alarmId}:disable",
            &[("regionId", path_0.as_str()), ("alarmId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "monitor", "v1", path)
                .with_operation("disableAlarm");
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
/// The errors the documentation of `disableAlarm` lists. Read one from a service error with [`DisableAlarmErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisableAlarmErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 500.
    ///
    /// - internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DisableAlarmErrorKind {
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
            _ => Self::Other,
        }
    }
}
/// Request builder of `enableAlarm`, made by [`Client::enable_alarm`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct EnableAlarm {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    alarm_id: ::std::string::String,
}
impl EnableAlarm {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.alarm_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/alarms/{alarmId}:enable",
            &[("regionId", path_0.as_str()), ("alarmId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "monitor", "v1", path)
                .with_operation("enableAlarm");
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
/// The errors the documentation of `enableAlarm` lists. Read one from a service error with [`EnableAlarmErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnableAlarmErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 500.
    ///
    /// - internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl EnableAlarmErrorKind {
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
            _ => Self::Other,
        }
    }
}
/// Request builder of `enableAlarms`, made by [`Client::enable_alarms`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct EnableAlarms {
    config: crate::runtime::Config,
    alarm_ids: ::std::vec::Vec<::std::string::String>,
    state: ::std::option::Option<i64>,
}
impl EnableAlarms {
    /// `state`: Enable: 1, Disable 0,
    pub fn state(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.state = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        body.member("alarmIds", &self.alarm_ids)?;
        if let ::std::option::Option::Some(value) = &self.state {
            body.member("state", value)?;
        }
        let path = "/groupAlarms:switch".to_string();
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "monitor", "v2", path)
                .with_operation("enableAlarms");
        request = request.with_json_body(body.finish());
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<EnableAlarmsResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<EnableAlarmsResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `lastDownsample`, made by [`Client::last_downsample`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct LastDownsample {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    metric: ::std::string::String,
    service_code: ::std::string::String,
    dimension: ::std::option::Option<::std::string::String>,
    resource_id: ::std::string::String,
    tags: ::std::option::Option<::std::vec::Vec<TagFilter>>,
    start_time: ::std::option::Option<::std::string::String>,
    end_time: ::std::option::Option<::std::string::String>,
    time_interval: ::std::option::Option<::std::string::String>,
    aggr_type: ::std::option::Option<::std::string::String>,
    down_aggr_type: ::std::option::Option<::std::string::String>,
}
impl LastDownsample {
    /// `dimension`: For available resource dimension under serviceCode, please search with the describeServices APIs
    pub fn dimension(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.dimension = ::std::option::Option::Some(value.into());
        self
    }
    /// `tags`: Customized Tag
    pub fn tags(mut self, value: impl ::std::convert::Into<::std::vec::Vec<TagFilter>>) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }
    /// `startTime`: Start time of search time range, UTC time, format: 2016-12-11T00:00:00+0800 (in case of earlier than 30d, such time will be reset as 30d) (please note that in url, + shall be translated to %2B. Therefore, in url, the format is 2016-12-11T00:00:00%2B0800)
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `endTime`: End time of search time range, UTC time, format: 2016-12-11T00:00:00+0800 (if it is null, the end time will be calculated with startTime and timeInterval) (please note that in url, + shall be translated to %2B. Therefore, in url, the format is 2016-12-11T00:00:00%2B0800)
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `timeInterval`: Query time interval, maximum 30 days, supporting minute level, hour level and day level, such as 1m, 1h and 1d
    pub fn time_interval(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.time_interval = ::std::option::Option::Some(value.into());
        self
    }
    /// `aggrType`: Aggregation method: max avg min and so on, used for aggregation with different dimensions
    pub fn aggr_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.aggr_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `downAggrType`: Aggregation method: max avg min and so on, an aggregation method used for aggregating data of a period within the dimensions to a point, default: last
    pub fn down_aggr_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.down_aggr_type = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.metric.to_string();
        crate::runtime::push_query(&mut query, "serviceCode", &self.service_code)?;
        if let ::std::option::Option::Some(value) = &self.dimension {
            crate::runtime::push_query(&mut query, "dimension", value)?;
        }
        crate::runtime::push_query(&mut query, "resourceId", &self.resource_id)?;
        if let ::std::option::Option::Some(value) = &self.tags {
            crate::runtime::push_query(&mut query, "tags", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.start_time {
            crate::runtime::push_query(&mut query, "startTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.end_time {
            crate::runtime::push_query(&mut query, "endTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.time_interval {
            crate::runtime::push_query(&mut query, "timeInterval", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.aggr_type {
            crate::runtime::push_query(&mut query, "aggrType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.down_aggr_type {
            crate::runtime::push_query(&mut query, "downAggrType", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/metrics/{metric}/lastDownsample",
            &[("regionId", path_0.as_str()), ("metric", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "monitor", "v2", path)
                .with_operation("lastDownsample");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<LastDownsampleResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<LastDownsampleResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `putMetricData`, made by [`Client::put_metric_data`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutMetricData {
    config: crate::runtime::Config,
    metric_data_list: ::std::option::Option<::std::vec::Vec<MetricDataCm>>,
}
impl PutMetricData {
    /// `metricDataList`: Data Parameter
    ///
    /// **中文**
    ///
    /// 数据参数
    pub fn metric_data_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<MetricDataCm>>,
    ) -> Self {
        self.metric_data_list = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        if let ::std::option::Option::Some(value) = &self.metric_data_list {
            body.member("metricDataList", value)?;
        }
        let path = "/customMetrics".to_string();
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "monitor", "v1", path)
                .with_operation("putMetricData");
        request = request.with_json_body(body.finish());
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<PutMetricDataResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<PutMetricDataResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `putMetricData` lists. Read one from a service error with [`PutMetricDataErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PutMetricDataErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 500.
    ///
    /// - internal server error
    InternalServerError = 500,
    /// HTTP 429.
    ///
    /// - quota exceed
    TooManyRequests = 429,
    /// Any other error.
    Other = 0,
}
impl PutMetricDataErrorKind {
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
            429u16 => Self::TooManyRequests,
            _ => Self::Other,
        }
    }
}
/// Request builder of `updateAlarm`, made by [`Client::update_alarm`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAlarm {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    alarm_id: ::std::string::String,
    calculation: ::std::string::String,
    contact_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    contact_persons: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    down_sample: ::std::option::Option<::std::string::String>,
    metric: ::std::string::String,
    notice_period: ::std::option::Option<i32>,
    operation: ::std::string::String,
    period: i32,
    service_code: ::std::string::String,
    threshold: f64,
    times: i32,
}
impl UpdateAlarm {
    /// `contactGroups`: Notify contact group, for example \[“contact group 1”, “contact group 2”\]
    ///
    /// **中文**
    ///
    /// 通知的联系组，如 \[“联系组1”,”联系组2”\]
    pub fn contact_groups(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.contact_groups = ::std::option::Option::Some(value.into());
        self
    }
    /// `contactPersons`: Notify contact, for example“\[‘contact 1’, ‘contact 2’\]”
    ///
    /// **中文**
    ///
    /// 通知的联系人，如 \[“联系人1”,”联系人2”\]
    pub fn contact_persons(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.contact_persons = ::std::option::Option::Some(value.into());
        self
    }
    /// `downSample`: Sampling Frequency
    ///
    /// **中文**
    ///
    /// 取样频次
    pub fn down_sample(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.down_sample = ::std::option::Option::Some(value.into());
        self
    }
    /// `noticePeriod`: Notification Period Unit: Hour
    ///
    /// **中文**
    ///
    /// 通知周期 单位：小时
    pub fn notice_period(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.notice_period = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.alarm_id.to_string();
        body.member("calculation", &self.calculation)?;
        if let ::std::option::Option::Some(value) = &self.contact_groups {
            body.member("contactGroups", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.contact_persons {
            body.member("contactPersons", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.down_sample {
            body.member("downSample", value)?;
        }
        body.member("metric", &self.metric)?;
        if let ::std::option::Option::Some(value) = &self.notice_period {
            body.member("noticePeriod", value)?;
        }
        body.member("operation", &self.operation)?;
        body.member("period", &self.period)?;
        body.member("serviceCode", &self.service_code)?;
        body.member("threshold", &self.threshold)?;
        body.member("times", &self.times)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/alarms/{alarmId}",
            &[("regionId", path_0.as_str()), ("alarmId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "monitor", "v1", path)
                .with_operation("updateAlarm");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<UpdateAlarmResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<UpdateAlarmResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `updateAlarm` lists. Read one from a service error with [`UpdateAlarmErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateAlarmErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 500.
    ///
    /// - internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl UpdateAlarmErrorKind {
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
            _ => Self::Other,
        }
    }
}
