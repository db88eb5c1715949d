//! JCLOUD LOGS API (`logs`), `https://logs.jcloud.com/v1`.
//!
//! logs API
//!
//! Operations:
//!
//! - `createCollectInfo` — Create collection configuration, supporting generation of collection template based on cloud product template and customized collection configuration.
//!
//! - `createLogtopic` — Create log subjects in such a way that the name of any created log subject shall not be identical to any existing log subject under the log set.
//!
//! - `deleteLogset` — Delete log sets.
//!
//! - `describeLogsets` — Search log set list.
//!
//! - `search` — Search log
//!
//! - `searchLogContext` — Search context of log
//!
//! - `updateCollectResources` — Incrementally update collection instance list.
//!
//! - `updateLogtopic` — Update log subjects.
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `logs` service.
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
    /// Create collection configuration, supporting generation of collection template based on cloud product template and customized collection configuration.
    ///
    /// `POST /v1/regions/{regionId}/logtopics/{logtopicUID}/collectinfos`
    ///
    /// *Documented in* `specs/logs/en/jdcloudcom-en/createCollectInfo.md` *line 1.*
    pub fn create_collect_info(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        logtopic_uid: impl ::std::convert::Into<::std::string::String>,
        enabled: impl ::std::convert::Into<bool>,
        app_code: impl ::std::convert::Into<::std::string::String>,
        service_code: impl ::std::convert::Into<::std::string::String>,
        resource_type: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateCollectInfo {
        CreateCollectInfo {
            config: self.config.clone(),
            region_id: region_id.into(),
            logtopic_uid: logtopic_uid.into(),
            enabled: enabled.into(),
            app_code: app_code.into(),
            service_code: service_code.into(),
            resource_type: resource_type.into(),
            resources: ::std::option::Option::None,
            template_uid: ::std::option::Option::None,
            log_path: ::std::option::Option::None,
            log_file: ::std::option::Option::None,
            log_filters: ::std::option::Option::None,
            filter_enabled: ::std::option::Option::None,
        }
    }
    /// Create log subjects in such a way that the name of any created log subject shall not be identical to any existing log subject under the log set.
    ///
    /// `POST /v1/regions/{regionId}/logsets/{logsetUID}/logtopics`
    ///
    /// *Documented in* `specs/logs/en/jdcloudcom-en/createLogtopic.md` *line 1.*
    pub fn create_logtopic(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        logset_uid: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateLogtopic {
        CreateLogtopic {
            config: self.config.clone(),
            region_id: region_id.into(),
            logset_uid: logset_uid.into(),
            name: name.into(),
            description: ::std::option::Option::None,
        }
    }
    /// Delete log sets. When there are multiple log sets to be deleted, any log set with a log subject will invalidate deletion of all logs sets.
    ///
    /// `DELETE /v1/regions/{regionId}/logsets/{logsetUIDs}`
    ///
    /// *Documented in* `specs/logs/en/jdcloudcom-en/deleteLogset.md` *line 1.*
    pub fn delete_logset(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        logset_ui_ds: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteLogset {
        DeleteLogset {
            config: self.config.clone(),
            region_id: region_id.into(),
            logset_ui_ds: logset_ui_ds.into(),
        }
    }
    /// Search log set list. Support fuzzy search by names. The results contain the information that if the log set has the log subject. Log sets saved in log subjects cannot be deleted.
    ///
    /// `GET /v1/regions/{regionId}/logsets`
    ///
    /// *Documented in* `specs/logs/en/jdcloudcom-en/describeLogsets.md` *line 1.*
    pub fn describe_logsets(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeLogsets {
        DescribeLogsets {
            config: self.config.clone(),
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            name: ::std::option::Option::None,
        }
    }
    /// Search log
    ///
    /// `GET /v1/regions/{regionId}/logsets/{logsetUID}/logtopics/{logtopicUID}/search`
    ///
    /// *Documented in* `specs/logs/en/jdcloudcom-en/search.md` *line 1.*
    pub fn search(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        logset_uid: impl ::std::convert::Into<::std::string::String>,
        logtopic_uid: impl ::std::convert::Into<::std::string::String>,
        action: impl ::std::convert::Into<::std::string::String>,
    ) -> Search {
        Search {
            config: self.config.clone(),
            region_id: region_id.into(),
            logset_uid: logset_uid.into(),
            logtopic_uid: logtopic_uid.into(),
            action: action.into(),
            expr: ::std::option::Option::None,
            case_sensitive: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            sort: ::std::option::Option::None,
            filters: ::std::option::Option::None,
        }
    }
    /// Search context of log
    ///
    /// `POST /v1/regions/{regionId}/logsets/{logsetUID}/logtopics/{logtopicUID}/logcontext`
    ///
    /// *Documented in* `specs/logs/en/jdcloudcom-en/searchLogContext.md` *line 1.*
    #[allow(clippy::too_many_arguments)]
    pub fn search_log_context(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        logset_uid: impl ::std::convert::Into<::std::string::String>,
        logtopic_uid: impl ::std::convert::Into<::std::string::String>,
        anchor: impl ::std::convert::Into<::std::vec::Vec<::serde_json::Value>>,
        id: impl ::std::convert::Into<::std::string::String>,
        line_size: impl ::std::convert::Into<i64>,
        time: impl ::std::convert::Into<i64>,
    ) -> SearchLogContext {
        SearchLogContext {
            config: self.config.clone(),
            region_id: region_id.into(),
            logset_uid: logset_uid.into(),
            logtopic_uid: logtopic_uid.into(),
            anchor: anchor.into(),
            direction: ::std::option::Option::None,
            filters: ::std::option::Option::None,
            id: id.into(),
            line_size: line_size.into(),
            time: time.into(),
        }
    }
    /// Incrementally update collection instance list. Updated action supports add and remove
    ///
    /// `POST /v1/regions/{regionId}/collectinfos/{collectInfoUID}:updateResources`
    ///
    /// *Documented in* `specs/logs/en/jdcloudcom-en/updateCollectResources.md` *line 1.*
    pub fn update_collect_resources(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        collect_info_uid: impl ::std::convert::Into<::std::string::String>,
        action: impl ::std::convert::Into<::std::string::String>,
    ) -> UpdateCollectResources {
        UpdateCollectResources {
            config: self.config.clone(),
            region_id: region_id.into(),
            collect_info_uid: collect_info_uid.into(),
            action: action.into(),
            resources: ::std::option::Option::None,
        }
    }
    /// Update log subjects. Log subject names cannot be updated.
    ///
    /// `PUT /v1/regions/{regionId}/logtopics/{logtopicUID}`
    ///
    /// *Documented in* `specs/logs/en/jdcloudcom-en/updateLogtopic.md` *line 1.*
    pub fn update_logtopic(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        logtopic_uid: impl ::std::convert::Into<::std::string::String>,
        x_jdcloud_pin: impl ::std::convert::Into<::std::string::String>,
        x_jdcloud_request_id: impl ::std::convert::Into<::std::string::String>,
        description: impl ::std::convert::Into<::std::string::String>,
    ) -> UpdateLogtopic {
        UpdateLogtopic {
            config: self.config.clone(),
            region_id: region_id.into(),
            logtopic_uid: logtopic_uid.into(),
            x_jdcloud_pin: x_jdcloud_pin.into(),
            x_jdcloud_erp: ::std::option::Option::None,
            x_jdcloud_request_id: x_jdcloud_request_id.into(),
            description: description.into(),
        }
    }
}
/// Request builder of `createCollectInfo`, made by [`Client::create_collect_info`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateCollectInfo {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    logtopic_uid: ::std::string::String,
    enabled: bool,
    app_code: ::std::string::String,
    service_code: ::std::string::String,
    resource_type: ::std::string::String,
    resources: ::std::option::Option<::std::vec::Vec<Resource>>,
    template_uid: ::std::option::Option<::std::string::String>,
    log_path: ::std::option::Option<::std::string::String>,
    log_file: ::std::option::Option<::std::string::String>,
    log_filters: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    filter_enabled: ::std::option::Option<bool>,
}
impl CreateCollectInfo {
    /// `resources`: Collection instance list: At most 20 resources can be added to the jdcloud type; but the custom type supports infinite resource count;
    pub fn resources(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Resource>>,
    ) -> Self {
        self.resources = ::std::option::Option::Some(value.into());
        self
    }
    /// `templateUID`: Log Type. Required when appcode is jdcloud
    pub fn template_uid(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.template_uid = ::std::option::Option::Some(value.into());
        self
    }
    /// `logPath`: Log Path. Required when appcode is custom. Now, only logs on Linux Virtual Machines are supported to be collected and the path supports the wildcards "*" and "？ ". The file path shall conform to Linux file path rules
    pub fn log_path(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.log_path = ::std::option::Option::Some(value.into());
        self
    }
    /// `logFile`: Log File Name. Required when appcode is custom. Log file names support regular expression.
    pub fn log_file(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.log_file = ::std::option::Option::Some(value.into());
        self
    }
    /// `logFilters`: Filter. After the filter is set, some logs can be collected by key words set by users. For example, only Error logs are collected. Now, at most 5 logs are allowed.
    pub fn log_filters(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.log_filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `filterEnabled`: Enable filter or not. Required when appcode is custom
    pub fn filter_enabled(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.filter_enabled = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.logtopic_uid.to_string();
        body.member("enabled", &self.enabled)?;
        body.member("appCode", &self.app_code)?;
        body.member("serviceCode", &self.service_code)?;
        body.member("resourceType", &self.resource_type)?;
        if let ::std::option::Option::Some(value) = &self.resources {
            body.member("resources", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.template_uid {
            body.member("templateUID", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.log_path {
            body.member("logPath", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.log_file {
            body.member("logFile", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.log_filters {
            body.member("logFilters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.filter_enabled {
            body.member("filterEnabled", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/logtopics/{logtopicUID}/collectinfos",
            &[
                ("regionId", path_0.as_str()),
                ("logtopicUID", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "logs", "v1", path)
                .with_operation("createCollectInfo");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateCollectInfoResult>,
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
        crate::runtime::Response<CreateCollectInfoResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `createLogtopic`, made by [`Client::create_logtopic`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateLogtopic {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    logset_uid: ::std::string::String,
    name: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
}
impl CreateLogtopic {
    /// `description`: Log Set Description
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
        let path_1 = self.logset_uid.to_string();
        body.member("name", &self.name)?;
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/logsets/{logsetUID}/logtopics",
            &[
                ("regionId", path_0.as_str()),
                ("logsetUID", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "logs", "v1", path)
                .with_operation("createLogtopic");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateLogtopicResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateLogtopicResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `deleteLogset`, made by [`Client::delete_logset`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteLogset {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    logset_ui_ds: ::std::string::String,
}
impl DeleteLogset {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.logset_ui_ds.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/logsets/{logsetUIDs}",
            &[
                ("regionId", path_0.as_str()),
                ("logsetUIDs", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "logs", "v1", path)
                .with_operation("deleteLogset");
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
/// Request builder of `describeLogsets`, made by [`Client::describe_logsets`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeLogsets {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    page_number: ::std::option::Option<i64>,
    page_size: ::std::option::Option<i64>,
    name: ::std::option::Option<::std::string::String>,
}
impl DescribeLogsets {
    /// `pageNumber`: Current page, 1 by default
    pub fn page_number(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: Page size, 20 by default; value range \[1, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `name`: Log Set Name
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
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
        if let ::std::option::Option::Some(value) = &self.name {
            crate::runtime::push_query(&mut query, "name", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/logsets",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "logs", "v1", path)
                .with_operation("describeLogsets");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeLogsetsResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeLogsetsResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `search`, made by [`Client::search`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct Search {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    logset_uid: ::std::string::String,
    logtopic_uid: ::std::string::String,
    action: ::std::string::String,
    expr: ::std::option::Option<::std::string::String>,
    case_sensitive: ::std::option::Option<bool>,
    start_time: ::std::option::Option<::std::string::String>,
    end_time: ::std::option::Option<::std::string::String>,
    page_number: ::std::option::Option<i64>,
    page_size: ::std::option::Option<i64>,
    sort: ::std::option::Option<::std::string::String>,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
}
impl Search {
    /// `expr`: Search expression of Base64 Code,
    pub fn expr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.expr = ::std::option::Option::Some(value.into());
        self
    }
    /// `caseSensitive`: Search keyword case sensitivity, and false has been set by default
    pub fn case_sensitive(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.case_sensitive = ::std::option::Option::Some(value.into());
        self
    }
    /// `startTime`: Start Time. Format "YYYY-MM-DDThh:mm:ssTZD", i.e. "2018-11-09T15:34:46+0800" refers to action! When =preview, it is required to fill
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `endTime`: End Time. Format "YYYY-MM-DDThh:mm:ssTZD", i.e. "2018-11-09T15:34:46+0800" refers to action! When =preview, it is required to fill
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: Number of Pages. The minimum value is 1 and the maximum value is 99
    pub fn page_number(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: Nr. in each page. The default value is 10 and the maximum value is 100
    pub fn page_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `sort`: Return to ranking, do not fill or let it null, and set desc by default, "asc" means to return to results in positive time, and "desc" means to return to results in inverted time sequence
    pub fn sort(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.sort = ::std::option::Option::Some(value.into());
        self
    }
    /// `filters`: Specify return field, which is only valid for system logs. If not set by default, the field will be returned to in accordance with product line configuration. Name supports filling returned field by virtue of key and Values
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
        let path_1 = self.logset_uid.to_string();
        let path_2 = self.logtopic_uid.to_string();
        crate::runtime::push_query(&mut query, "action", &self.action)?;
        if let ::std::option::Option::Some(value) = &self.expr {
            crate::runtime::push_query(&mut query, "expr", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.case_sensitive {
            crate::runtime::push_query(&mut query, "caseSensitive", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.start_time {
            crate::runtime::push_query(&mut query, "startTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.end_time {
            crate::runtime::push_query(&mut query, "endTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.sort {
            crate::runtime::push_query(&mut query, "sort", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/logsets/{logsetUID}/logtopics/{logtopicUID}/search",
            &[
                ("regionId", path_0.as_str()),
                ("logsetUID", path_1.as_str()),
                ("logtopicUID", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "logs", "v1", path)
                .with_operation("search");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<SearchResult>, crate::runtime::Error> {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<SearchResult>, crate::runtime::Error> {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `searchLogContext`, made by [`Client::search_log_context`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchLogContext {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    logset_uid: ::std::string::String,
    logtopic_uid: ::std::string::String,
    anchor: ::std::vec::Vec<::serde_json::Value>,
    direction: ::std::option::Option<SearchLogContextDirection>,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    id: ::std::string::String,
    line_size: i64,
    time: i64,
}
impl SearchLogContext {
    /// `direction`: Search direction, default both and available values are up, down and both
    pub fn direction(
        mut self,
        value: impl ::std::convert::Into<SearchLogContextDirection>,
    ) -> Self {
        self.direction = ::std::option::Option::Some(value.into());
        self
    }
    /// `filters`: Specify return field, which is only valid for system logs. If not set by default, the field will be returned to in accordance with product line configuration. Name supports filling returned field by virtue of key and Values
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.logset_uid.to_string();
        let path_2 = self.logtopic_uid.to_string();
        body.member("anchor", &self.anchor)?;
        if let ::std::option::Option::Some(value) = &self.direction {
            body.member("direction", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.filters {
            body.member("filters", value)?;
        }
        body.member("id", &self.id)?;
        body.member("lineSize", &self.line_size)?;
        body.member("time", &self.time)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/logsets/{logsetUID}/logtopics/{logtopicUID}/logcontext",
            &[
                ("regionId", path_0.as_str()),
                ("logsetUID", path_1.as_str()),
                ("logtopicUID", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "logs", "v1", path)
                .with_operation("searchLogContext");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<SearchLogContextResult>,
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
        crate::runtime::Response<SearchLogContextResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `updateCollectResources`, made by [`Client::update_collect_resources`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateCollectResources {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    collect_info_uid: ::std::string::String,
    action: ::std::string::String,
    resources: ::std::option::Option<::std::vec::Vec<Resource>>,
}
impl UpdateCollectResources {
    /// `resources`: Collection Instance List (the cap for system logs is 20)
    pub fn resources(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Resource>>,
    ) -> Self {
        self.resources = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.collect_info_uid.to_string();
        body.member("action", &self.action)?;
        if let ::std::option::Option::Some(value) = &self.resources {
            body.member("resources", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/collectinfos/{collectInfoUID}:updateResources",
            &[
                ("regionId", path_0.as_str()),
                ("collectInfoUID", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "logs", "v1", path)
                .with_operation("updateCollectResources");
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
/// Request builder of `updateLogtopic`, made by [`Client::update_logtopic`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateLogtopic {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    logtopic_uid: ::std::string::String,
    x_jdcloud_pin: ::std::string::String,
    x_jdcloud_erp: ::std::option::Option<::std::string::String>,
    x_jdcloud_request_id: ::std::string::String,
    description: ::std::string::String,
}
impl UpdateLogtopic {
    /// `x-jdcloud-erp`: x-jdcloud-erp   base64(username)
    pub fn x_jdcloud_erp(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_jdcloud_erp = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let mut headers: ::std::vec::Vec<(&str, ::std::string::String)> = ::std::vec::Vec::new();
        fn header_text<T: ::serde::Serialize>(
            value: &T,
        ) -> ::std::result::Result<::std::string::String, crate::runtime::Error> {
            match ::serde_json::to_value(value).map_err(crate::runtime::Error::Serialize)? {
                ::serde_json::Value::String(s) => ::std::result::Result::Ok(s),
                other => ::std::result::Result::Ok(other.to_string()),
            }
        }
        let path_0 = self.region_id.to_string();
        let path_1 = self.logtopic_uid.to_string();
        headers.push(("x-jdcloud-pin", header_text(&self.x_jdcloud_pin)?));
        if let ::std::option::Option::Some(value) = &self.x_jdcloud_erp {
            headers.push(("x-jdcloud-erp", header_text(value)?));
        }
        headers.push((
            "x-jdcloud-request-id",
            header_text(&self.x_jdcloud_request_id)?,
        ));
        body.member("description", &self.description)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/logtopics/{logtopicUID}",
            &[
                ("regionId", path_0.as_str()),
                ("logtopicUID", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "logs", "v1", path)
                .with_operation("updateLogtopic");
        request = request.with_json_body(body.finish());
        for (name, value) in &headers {
            request = request.with_header_param(name, value);
        }
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
/// The errors the documentation of `updateLogtopic` lists. Read one from a service error with [`UpdateLogtopicErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateLogtopicErrorKind {
    /// HTTP 400.
    BadRequest = 400,
    /// HTTP 500.
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl UpdateLogtopicErrorKind {
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
