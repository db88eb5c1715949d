//! 京东云解析OpenAPI接口 (`clouddnsservice`), `https://clouddnsservice.jdcloud-api.com/v1`.
//!
//! 京东云解析OpenAPI接口
//!
//! Operations:
//!
//! - `addDomain` — 添加主域名
//!
//! - `addMonitor` — 添加子域名的监控项，默认把子域名的所有监控项都添加上监控
//!
//! - `addMonitorTarget` — 添加子域名的某些特定监控对象为监控项
//!
//! - `addRR` — 添加域名的解析记录
//!
//! - `delDomain` — 删除主域名
//!
//! - `getDomainQueryCount` — 查看域名的解析次数
//!
//! - `getDomainQueryTraffic` — 查看域名的查询流量
//!
//! - `getDomains` — 查询用户名下的主域名列表
//!
//! - `getMonitor` — 查看主域名的监控项的配置以及状态
//!
//! - `getMonitorAlarmInfo` — 主域名的监控项的报警信息
//!
//! - `getTargets` — 查询子域名的可用监控对象
//!
//! - `getViewTree` — 查询云解析所有的基础解析线路
//!
//! - `operateMonitor` — 监控项的操作集合，包括：删除，暂停，启动, 手动恢复, 手动切换
//!
//! - `operateRR` — 启用、停用、删除主域名下的解析记录
//!
//! - `searchRR` — 查询主域名的解析记录
//!
//! - `updateDomain` — 修改主域名
//!
//! - `updateMonitor` — 域名的监控项修改
//!
//! - `updateRR` — 修改主域名的某个解析记录
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `clouddnsservice` service.
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
    /// 添加主域名
    ///
    /// `POST /v1/regions/{regionId}/domainAdd`
    ///
    /// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/addDomain.md` *line 1.*
    pub fn add_domain(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        domain_name: impl ::std::convert::Into<::std::string::String>,
        pack_id: impl ::std::convert::Into<i32>,
    ) -> AddDomain {
        AddDomain {
            config: self.config.clone(),
            region_id: region_id.into(),
            billing_type: ::std::option::Option::None,
            buy_type: ::std::option::Option::None,
            domain_id: ::std::option::Option::None,
            domain_name: domain_name.into(),
            pack_id: pack_id.into(),
            time_span: ::std::option::Option::None,
            time_unit: ::std::option::Option::None,
        }
    }
    /// 添加子域名的监控项，默认把子域名的所有监控项都添加上监控
    ///
    /// `POST /v1/regions/{regionId}/domain/{domainId}/monitorAdd`
    ///
    /// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/addMonitor.md` *line 1.*
    pub fn add_monitor(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        domain_id: impl ::std::convert::Into<::std::string::String>,
        sub_domain_name: impl ::std::convert::Into<::std::string::String>,
    ) -> AddMonitor {
        AddMonitor {
            config: self.config.clone(),
            region_id: region_id.into(),
            domain_id: domain_id.into(),
            sub_domain_name: sub_domain_name.into(),
        }
    }
    /// 添加子域名的某些特定监控对象为监控项
    ///
    /// `POST /v1/regions/{regionId}/domain/{domainId}/monitorAddTarget`
    ///
    /// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/addMonitorTarget.md` *line 1.*
    pub fn add_monitor_target(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        domain_id: impl ::std::convert::Into<::std::string::String>,
        sub_domain_name: impl ::std::convert::Into<::std::string::String>,
        targets: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> AddMonitorTarget {
        AddMonitorTarget {
            config: self.config.clone(),
            region_id: region_id.into(),
            domain_id: domain_id.into(),
            sub_domain_name: sub_domain_name.into(),
            targets: targets.into(),
        }
    }
    /// 添加域名的解析记录
    ///
    /// `POST /v1/regions/{regionId}/domain/{domainId}/RRAdd`
    ///
    /// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/addRR.md` *line 1.*
    pub fn add_rr(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        domain_id: impl ::std::convert::Into<::std::string::String>,
        req: impl ::std::convert::Into<AddRr>,
    ) -> AddRr2 {
        AddRr2 {
            config: self.config.clone(),
            region_id: region_id.into(),
            domain_id: domain_id.into(),
            req: req.into(),
        }
    }
    /// 删除主域名
    ///
    /// `DELETE /v1/regions/{regionId}/domainDel`
    ///
    /// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/delDomain.md` *line 1.*
    pub fn del_domain(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        domain_id: impl ::std::convert::Into<i32>,
    ) -> DelDomain {
        DelDomain {
            config: self.config.clone(),
            region_id: region_id.into(),
            domain_id: domain_id.into(),
        }
    }
    /// 查看域名的解析次数
    ///
    /// `GET /v1/regions/{regionId}/domain/{domainId}/queryCount`
    ///
    /// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/getDomainQueryCount.md` *line 1.*
    pub fn get_domain_query_count(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        domain_id: impl ::std::convert::Into<::std::string::String>,
        domain_name: impl ::std::convert::Into<::std::string::String>,
        end: impl ::std::convert::Into<::std::string::String>,
        start: impl ::std::convert::Into<::std::string::String>,
    ) -> GetDomainQueryCount {
        GetDomainQueryCount {
            config: self.config.clone(),
            region_id: region_id.into(),
            domain_id: domain_id.into(),
            domain_name: domain_name.into(),
            end: end.into(),
            start: start.into(),
        }
    }
    /// 查看域名的查询流量
    ///
    /// `GET /v1/regions/{regionId}/domain/{domainId}/queryTraffic`
    ///
    /// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/getDomainQueryTraffic.md` *line 1.*
    pub fn get_domain_query_traffic(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        domain_id: impl ::std::convert::Into<::std::string::String>,
        domain_name: impl ::std::convert::Into<::std::string::String>,
        end: impl ::std::convert::Into<::std::string::String>,
        start: impl ::std::convert::Into<::std::string::String>,
    ) -> GetDomainQueryTraffic {
        GetDomainQueryTraffic {
            config: self.config.clone(),
            region_id: region_id.into(),
            domain_id: domain_id.into(),
            domain_name: domain_name.into(),
            end: end.into(),
            start: start.into(),
        }
    }
    /// 查询用户名下的主域名列表
    ///
    /// `GET /v1/regions/{regionId}/domain`
    ///
    /// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/getDomains.md` *line 1.*
    pub fn get_domains(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        page_number: impl ::std::convert::Into<i32>,
        page_size: impl ::std::convert::Into<i32>,
    ) -> GetDomains {
        GetDomains {
            config: self.config.clone(),
            region_id: region_id.into(),
            domain_name: ::std::option::Option::None,
            page_number: page_number.into(),
            page_size: page_size.into(),
        }
    }
    /// 查看主域名的监控项的配置以及状态
    ///
    /// `GET /v1/regions/{regionId}/domain/{domainId}/monitor`
    ///
    /// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/getMonitor.md` *line 1.*
    pub fn get_monitor(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        domain_id: impl ::std::convert::Into<::std::string::String>,
    ) -> GetMonitor {
        GetMonitor {
            config: self.config.clone(),
            region_id: region_id.into(),
            domain_id: domain_id.into(),
            page_index: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            search_value: ::std::option::Option::None,
        }
    }
    /// 主域名的监控项的报警信息
    ///
    /// `GET /v1/regions/{regionId}/domain/{domainId}/monitor/alarminfo`
    ///
    /// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/getMonitorAlarmInfo.md` *line 1.*
    pub fn get_monitor_alarm_info(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        domain_id: impl ::std::convert::Into<::std::string::String>,
    ) -> GetMonitorAlarmInfo {
        GetMonitorAlarmInfo {
            config: self.config.clone(),
            region_id: region_id.into(),
            domain_id: domain_id.into(),
            page_index: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            search_value: ::std::option::Option::None,
        }
    }
    /// 查询子域名的可用监控对象
    ///
    /// `GET /v1/regions/{regionId}/domain/{domainId}/getTargets`
    ///
    /// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/getTargets.md` *line 1.*
    pub fn get_targets(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        domain_id: impl ::std::convert::Into<::std::string::String>,
        sub_domain_name: impl ::std::convert::Into<::std::string::String>,
    ) -> GetTargets {
        GetTargets {
            config: self.config.clone(),
            region_id: region_id.into(),
            domain_id: domain_id.into(),
            sub_domain_name: sub_domain_name.into(),
        }
    }
    /// 查询云解析所有的基础解析线路
    ///
    /// `GET /v1/regions/{regionId}/domain/{domainId}/viewTree`
    ///
    /// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/getViewTree.md` *line 1.*
    pub fn get_view_tree(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        domain_id: impl ::std::convert::Into<::std::string::String>,
        pack_id: impl ::std::convert::Into<i32>,
        view_id: impl ::std::convert::Into<i32>,
    ) -> GetViewTree {
        GetViewTree {
            config: self.config.clone(),
            region_id: region_id.into(),
            domain_id: domain_id.into(),
            load_mode: ::std::option::Option::None,
            pack_id: pack_id.into(),
            view_id: view_id.into(),
        }
    }
    /// 监控项的操作集合，包括：删除，暂停，启动, 手动恢复, 手动切换
    ///
    /// `POST /v1/regions/{regionId}/domain/{domainId}/monitorOperate`
    ///
    /// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/operateMonitor.md` *line 1.*
    pub fn operate_monitor(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        domain_id: impl ::std::convert::Into<::std::string::String>,
        action: impl ::std::convert::Into<::std::string::String>,
        ids: impl ::std::convert::Into<::std::vec::Vec<i32>>,
    ) -> OperateMonitor {
        OperateMonitor {
            config: self.config.clone(),
            region_id: region_id.into(),
            domain_id: domain_id.into(),
            action: action.into(),
            ids: ids.into(),
            switch_target: ::std::option::Option::None,
        }
    }
    /// 启用、停用、删除主域名下的解析记录
    ///
    /// `POST /v1/regions/{regionId}/domain/{domainId}/RROperate`
    ///
    /// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/operateRR.md` *line 1.*
    pub fn operate_rr(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        domain_id: impl ::std::convert::Into<::std::string::String>,
        action: impl ::std::convert::Into<::std::string::String>,
        ids: impl ::std::convert::Into<::std::vec::Vec<i32>>,
    ) -> OperateRr {
        OperateRr {
            config: self.config.clone(),
            region_id: region_id.into(),
            domain_id: domain_id.into(),
            action: action.into(),
            ids: ids.into(),
        }
    }
    /// 查询主域名的解析记录
    ///
    /// `GET /v1/regions/{regionId}/domain/{domainId}/RR`
    ///
    /// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/searchRR.md` *line 1.*
    pub fn search_rr(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        domain_id: impl ::std::convert::Into<::std::string::String>,
    ) -> SearchRr {
        SearchRr {
            config: self.config.clone(),
            region_id: region_id.into(),
            domain_id: domain_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// 修改主域名
    ///
    /// `POST /v1/regions/{regionId}/domainUpdate`
    ///
    /// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/updateDomain.md` *line 1.*
    pub fn update_domain(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        domain_name: impl ::std::convert::Into<::std::string::String>,
        id: impl ::std::convert::Into<i32>,
    ) -> UpdateDomain {
        UpdateDomain {
            config: self.config.clone(),
            region_id: region_id.into(),
            domain_name: domain_name.into(),
            id: id.into(),
        }
    }
    /// 域名的监控项修改
    ///
    /// `POST /v1/regions/{regionId}/domain/{domainId}/monitorUpdate`
    ///
    /// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/updateMonitor.md` *line 1.*
    pub fn update_monitor(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        domain_id: impl ::std::convert::Into<::std::string::String>,
        update_monitor: impl ::std::convert::Into<UpdateMonitor>,
    ) -> UpdateMonitor2 {
        UpdateMonitor2 {
            config: self.config.clone(),
            region_id: region_id.into(),
            domain_id: domain_id.into(),
            update_monitor: update_monitor.into(),
        }
    }
    /// 修改主域名的某个解析记录
    ///
    /// `POST /v1/regions/{regionId}/domain/{domainId}/RRUpdate`
    ///
    /// *Documented in* `specs/clouddnsservice/zh/jdclouddocs-cn/updateRR.md` *line 1.*
    pub fn update_rr(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        domain_id: impl ::std::convert::Into<::std::string::String>,
        req: impl ::std::convert::Into<UpdateRr>,
    ) -> UpdateRr2 {
        UpdateRr2 {
            config: self.config.clone(),
            region_id: region_id.into(),
            domain_id: domain_id.into(),
            req: req.into(),
        }
    }
}
/// Request builder of `addDomain`, made by [`Client::add_domain`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddDomain {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    billing_type: ::std::option::Option<i32>,
    buy_type: ::std::option::Option<i32>,
    domain_id: ::std::option::Option<i32>,
    domain_name: ::std::string::String,
    pack_id: i32,
    time_span: ::std::option::Option<i32>,
    time_unit: ::std::option::Option<i32>,
}
impl AddDomain {
    /// `billingType`: 计费类型，收费套餐的域名必填
    pub fn billing_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `buyType`: 1-&gt;新购买、2-&gt;升级，收费套餐的域名必填
    pub fn buy_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.buy_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `domainId`: 域名ID，升级高级版必填
    pub fn domain_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.domain_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `timeSpan`: 1，2，3 ，时长，收费套餐的域名必填
    pub fn time_span(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.time_span = ::std::option::Option::Some(value.into());
        self
    }
    /// `timeUnit`: 时间单位，收费套餐的域名必填
    pub fn time_unit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.time_unit = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.billing_type {
            body.member("billingType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.buy_type {
            body.member("buyType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.domain_id {
            body.member("domainId", value)?;
        }
        body.member("domainName", &self.domain_name)?;
        body.member("packId", &self.pack_id)?;
        if let ::std::option::Option::Some(value) = &self.time_span {
            body.member("timeSpan", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.time_unit {
            body.member("timeUnit", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/domainAdd",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request = crate::runtime::Request::new(
            crate::runtime::Method::POST,
            "clouddnsservice",
            "v1",
            path,
        )
        .with_operation("addDomain");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<AddDomainResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<AddDomainResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `addDomain` lists. Read one from a service error with [`AddDomainErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AddDomainErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl AddDomainErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `addMonitor`, made by [`Client::add_monitor`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddMonitor {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    domain_id: ::std::string::String,
    sub_domain_name: ::std::string::String,
}
impl AddMonitor {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.domain_id.to_string();
        body.member("subDomainName", &self.sub_domain_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/domain/{domainId}/monitorAdd",
            &[("regionId", path_0.as_str()), ("domainId", path_1.as_str())],
        )?;
        let mut request = crate::runtime::Request::new(
            crate::runtime::Method::POST,
            "clouddnsservice",
            "v1",
            path,
        )
        .with_operation("addMonitor");
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
/// The errors the documentation of `addMonitor` lists. Read one from a service error with [`AddMonitorErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AddMonitorErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl AddMonitorErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `addMonitorTarget`, made by [`Client::add_monitor_target`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddMonitorTarget {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    domain_id: ::std::string::String,
    sub_domain_name: ::std::string::String,
    targets: ::std::vec::Vec<::std::string::String>,
}
impl AddMonitorTarget {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.domain_id.to_string();
        body.member("subDomainName", &self.sub_domain_name)?;
        body.member("targets", &self.targets)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/domain/{domainId}/monitorAddTarget",
            &[("regionId", path_0.as_str()), ("domainId", path_1.as_str())],
        )?;
        let mut request = crate::runtime::Request::new(
            crate::runtime::Method::POST,
            "clouddnsservice",
            "v1",
            path,
        )
        .with_operation("addMonitorTarget");
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
/// The errors the documentation of `addMonitorTarget` lists. Read one from a service error with [`AddMonitorTargetErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AddMonitorTargetErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl AddMonitorTargetErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `addRR`, made by [`Client::add_rr`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddRr2 {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    domain_id: ::std::string::String,
    req: AddRr,
}
impl AddRr2 {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.domain_id.to_string();
        body.member("req", &self.req)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/domain/{domainId}/RRAdd",
            &[("regionId", path_0.as_str()), ("domainId", path_1.as_str())],
        )?;
        let mut request = crate::runtime::Request::new(
            crate::runtime::Method::POST,
            "clouddnsservice",
            "v1",
            path,
        )
        .with_operation("addRR");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<AddRrResult>, crate::runtime::Error> {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<AddRrResult>, crate::runtime::Error> {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `addRR` lists. Read one from a service error with [`AddRr2ErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AddRr2ErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl AddRr2ErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `delDomain`, made by [`Client::del_domain`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DelDomain {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    domain_id: i32,
}
impl DelDomain {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "domainId", &self.domain_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/domainDel",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request = crate::runtime::Request::new(
            crate::runtime::Method::DELETE,
            "clouddnsservice",
            "v1",
            path,
        )
        .with_operation("delDomain");
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
/// The errors the documentation of `delDomain` lists. Read one from a service error with [`DelDomainErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DelDomainErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl DelDomainErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `getDomainQueryCount`, made by [`Client::get_domain_query_count`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDomainQueryCount {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    domain_id: ::std::string::String,
    domain_name: ::std::string::String,
    end: ::std::string::String,
    start: ::std::string::String,
}
impl GetDomainQueryCount {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.domain_id.to_string();
        crate::runtime::push_query(&mut query, "domainName", &self.domain_name)?;
        crate::runtime::push_query(&mut query, "end", &self.end)?;
        crate::runtime::push_query(&mut query, "start", &self.start)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/domain/{domainId}/queryCount",
            &[("regionId", path_0.as_str()), ("domainId", path_1.as_str())],
        )?;
        let mut request = crate::runtime::Request::new(
            crate::runtime::Method::GET,
            "clouddnsservice",
            "v1",
            path,
        )
        .with_operation("getDomainQueryCount");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<GetDomainQueryCountResult>,
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
        crate::runtime::Response<GetDomainQueryCountResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getDomainQueryCount` lists. Read one from a service error with [`GetDomainQueryCountErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetDomainQueryCountErrorKind {
    /// HTTP 400.
    ///
    /// - NOT_FOUND
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl GetDomainQueryCountErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `getDomainQueryTraffic`, made by [`Client::get_domain_query_traffic`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDomainQueryTraffic {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    domain_id: ::std::string::String,
    domain_name: ::std::string::String,
    end: ::std::string::String,
    start: ::std::string::String,
}
impl GetDomainQueryTraffic {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.domain_id.to_string();
        crate::runtime::push_query(&mut query, "domainName", &self.domain_name)?;
        crate::runtime::push_query(&mut query, "end", &self.end)?;
        crate::runtime::push_query(&mut query, "start", &self.start)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/domain/{domainId}/queryTraffic",
            &[("regionId", path_0.as_str()), ("domainId", path_1.as_str())],
        )?;
        let mut request = crate::runtime::Request::new(
            crate::runtime::Method::GET,
            "clouddnsservice",
            "v1",
            path,
        )
        .with_operation("getDomainQueryTraffic");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<GetDomainQueryTrafficResult>,
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
        crate::runtime::Response<GetDomainQueryTrafficResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getDomainQueryTraffic` lists. Read one from a service error with [`GetDomainQueryTrafficErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetDomainQueryTrafficErrorKind {
    /// HTTP 400.
    ///
    /// - NOT_FOUND
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl GetDomainQueryTrafficErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `getDomains`, made by [`Client::get_domains`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDomains {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    domain_name: ::std::option::Option<::std::string::String>,
    page_number: i32,
    page_size: i32,
}
impl GetDomains {
    /// `domainName`: 关键字，按照”%domainName%”模式匹配主域名
    pub fn domain_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.domain_name = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.domain_name {
            crate::runtime::push_query(&mut query, "domainName", value)?;
        }
        crate::runtime::push_query(&mut query, "pageNumber", &self.page_number)?;
        crate::runtime::push_query(&mut query, "pageSize", &self.page_size)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/domain",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request = crate::runtime::Request::new(
            crate::runtime::Method::GET,
            "clouddnsservice",
            "v1",
            path,
        )
        .with_operation("getDomains");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetDomainsResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetDomainsResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getDomains` lists. Read one from a service error with [`GetDomainsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetDomainsErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl GetDomainsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `getMonitor`, made by [`Client::get_monitor`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMonitor {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    domain_id: ::std::string::String,
    page_index: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    search_value: ::std::option::Option<::std::string::String>,
}
impl GetMonitor {
    /// `pageIndex`: 当前页数，起始值为1，默认为1
    pub fn page_index(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_index = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页查询时设置的每页行数
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `searchValue`: 查询的值
    pub fn search_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.search_value = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.domain_id.to_string();
        if let ::std::option::Option::Some(value) = &self.page_index {
            crate::runtime::push_query(&mut query, "pageIndex", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.search_value {
            crate::runtime::push_query(&mut query, "searchValue", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/domain/{domainId}/monitor",
            &[("regionId", path_0.as_str()), ("domainId", path_1.as_str())],
        )?;
        let mut request = crate::runtime::Request::new(
            crate::runtime::Method::GET,
            "clouddnsservice",
            "v1",
            path,
        )
        .with_operation("getMonitor");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetMonitorResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetMonitorResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getMonitor` lists. Read one from a service error with [`GetMonitorErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetMonitorErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl GetMonitorErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `getMonitorAlarmInfo`, made by [`Client::get_monitor_alarm_info`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMonitorAlarmInfo {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    domain_id: ::std::string::String,
    page_index: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    search_value: ::std::option::Option<::std::string::String>,
}
impl GetMonitorAlarmInfo {
    /// `pageIndex`: 当前页数，起始值为1，默认为1
    pub fn page_index(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_index = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页查询时设置的每页行数
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `searchValue`: 关键字
    pub fn search_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.search_value = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.domain_id.to_string();
        if let ::std::option::Option::Some(value) = &self.page_index {
            crate::runtime::push_query(&mut query, "pageIndex", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.search_value {
            crate::runtime::push_query(&mut query, "searchValue", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/domain/{domainId}/monitor/alarminfo",
            &[("regionId", path_0.as_str()), ("domainId", path_1.as_str())],
        )?;
        let mut request = crate::runtime::Request::new(
            crate::runtime::Method::GET,
            "clouddnsservice",
            "v1",
            path,
        )
        .with_operation("getMonitorAlarmInfo");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<GetMonitorAlarmInfoResult>,
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
        crate::runtime::Response<GetMonitorAlarmInfoResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getMonitorAlarmInfo` lists. Read one from a service error with [`GetMonitorAlarmInfoErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetMonitorAlarmInfoErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl GetMonitorAlarmInfoErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `getTargets`, made by [`Client::get_targets`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTargets {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    domain_id: ::std::string::String,
    sub_domain_name: ::std::string::String,
}
impl GetTargets {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.domain_id.to_string();
        crate::runtime::push_query(&mut query, "subDomainName", &self.sub_domain_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/domain/{domainId}/getTargets",
            &[("regionId", path_0.as_str()), ("domainId", path_1.as_str())],
        )?;
        let mut request = crate::runtime::Request::new(
            crate::runtime::Method::GET,
            "clouddnsservice",
            "v1",
            path,
        )
        .with_operation("getTargets");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetTargetsResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetTargetsResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getTargets` lists. Read one from a service error with [`GetTargetsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetTargetsErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl GetTargetsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `getViewTree`, made by [`Client::get_view_tree`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetViewTree {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    domain_id: ::std::string::String,
    load_mode: ::std::option::Option<i32>,
    pack_id: i32,
    view_id: i32,
}
impl GetViewTree {
    /// `loadMode`: 展示方式
    pub fn load_mode(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.load_mode = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.domain_id.to_string();
        if let ::std::option::Option::Some(value) = &self.load_mode {
            crate::runtime::push_query(&mut query, "loadMode", value)?;
        }
        crate::runtime::push_query(&mut query, "packId", &self.pack_id)?;
        crate::runtime::push_query(&mut query, "viewId", &self.view_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/domain/{domainId}/viewTree",
            &[("regionId", path_0.as_str()), ("domainId", path_1.as_str())],
        )?;
        let mut request = crate::runtime::Request::new(
            crate::runtime::Method::GET,
            "clouddnsservice",
            "v1",
            path,
        )
        .with_operation("getViewTree");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetViewTreeResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetViewTreeResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getViewTree` lists. Read one from a service error with [`GetViewTreeErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetViewTreeErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl GetViewTreeErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `operateMonitor`, made by [`Client::operate_monitor`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct OperateMonitor {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    domain_id: ::std::string::String,
    action: ::std::string::String,
    ids: ::std::vec::Vec<i32>,
    switch_target: ::std::option::Option<::std::string::String>,
}
impl OperateMonitor {
    /// `switchTarget`: 监控项的主机值, 手动切换时必填
    pub fn switch_target(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.switch_target = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.domain_id.to_string();
        body.member("action", &self.action)?;
        body.member("ids", &self.ids)?;
        if let ::std::option::Option::Some(value) = &self.switch_target {
            body.member("switchTarget", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/domain/{domainId}/monitorOperate",
            &[("regionId", path_0.as_str()), ("domainId", path_1.as_str())],
        )?;
        let mut request = crate::runtime::Request::new(
            crate::runtime::Method::POST,
            "clouddnsservice",
            "v1",
            path,
        )
        .with_operation("operateMonitor");
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
/// The errors the documentation of `operateMonitor` lists. Read one from a service error with [`OperateMonitorErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperateMonitorErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl OperateMonitorErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `operateRR`, made by [`Client::operate_rr`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct OperateRr {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    domain_id: ::std::string::String,
    action: ::std::string::String,
    ids: ::std::vec::Vec<i32>,
}
impl OperateRr {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.domain_id.to_string();
        body.member("action", &self.action)?;
        body.member("ids", &self.ids)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/domain/{domainId}/RROperate",
            &[("regionId", path_0.as_str()), ("domainId", path_1.as_str())],
        )?;
        let mut request = crate::runtime::Request::new(
            crate::runtime::Method::POST,
            "clouddnsservice",
            "v1",
            path,
        )
        .with_operation("operateRR");
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
/// The errors the documentation of `operateRR` lists. Read one from a service error with [`OperateRrErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperateRrErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl OperateRrErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `searchRR`, made by [`Client::search_rr`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchRr {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    domain_id: ::std::string::String,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl SearchRr {
    /// `pageNumber`: 当前页数，起始值为1，默认为1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页查询时设置的每页行数, 默认为10
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
        let path_1 = self.domain_id.to_string();
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/domain/{domainId}/RR",
            &[("regionId", path_0.as_str()), ("domainId", path_1.as_str())],
        )?;
        let mut request = crate::runtime::Request::new(
            crate::runtime::Method::GET,
            "clouddnsservice",
            "v1",
            path,
        )
        .with_operation("searchRR");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<SearchRrResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<SearchRrResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
    /// All `dataList` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<Rr, crate::runtime::Error>> {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.data_list.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `searchRR` lists. Read one from a service error with [`SearchRrErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SearchRrErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl SearchRrErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `updateDomain`, made by [`Client::update_domain`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateDomain {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    domain_name: ::std::string::String,
    id: i32,
}
impl UpdateDomain {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("domainName", &self.domain_name)?;
        body.member("id", &self.id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/domainUpdate",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request = crate::runtime::Request::new(
            crate::runtime::Method::POST,
            "clouddnsservice",
            "v1",
            path,
        )
        .with_operation("updateDomain");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<UpdateDomainResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<UpdateDomainResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `updateDomain` lists. Read one from a service error with [`UpdateDomainErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateDomainErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl UpdateDomainErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `updateMonitor`, made by [`Client::update_monitor`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateMonitor2 {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    domain_id: ::std::string::String,
    update_monitor: UpdateMonitor,
}
impl UpdateMonitor2 {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.domain_id.to_string();
        body.member("updateMonitor", &self.update_monitor)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/domain/{domainId}/monitorUpdate",
            &[("regionId", path_0.as_str()), ("domainId", path_1.as_str())],
        )?;
        let mut request = crate::runtime::Request::new(
            crate::runtime::Method::POST,
            "clouddnsservice",
            "v1",
            path,
        )
        .with_operation("updateMonitor");
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
/// The errors the documentation of `updateMonitor` lists. Read one from a service error with [`UpdateMonitor2ErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateMonitor2ErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl UpdateMonitor2ErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `updateRR`, made by [`Client::update_rr`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateRr2 {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    domain_id: ::std::string::String,
    req: UpdateRr,
}
impl UpdateRr2 {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.domain_id.to_string();
        body.member("req", &self.req)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/domain/{domainId}/RRUpdate",
            &[("regionId", path_0.as_str()), ("domainId", path_1.as_str())],
        )?;
        let mut request = crate::runtime::Request::new(
            crate::runtime::Method::POST,
            "clouddnsservice",
            "v1",
            path,
        )
        .with_operation("updateRR");
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
/// The errors the documentation of `updateRR` lists. Read one from a service error with [`UpdateRr2ErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateRr2ErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl UpdateRr2ErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
