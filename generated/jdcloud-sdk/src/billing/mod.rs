//! 计费 (`billing`), `https://billing.jdcloud-api.com/v1`.
//!
//! 计费系统API接口
//!
//! Operations:
//!
//! - `adminQueryBillStatisticsInfo` — 查询消费统计信息
//!
//! - `calculateCompensateFeeAndSendCoupons` — 计算赔偿金额并发放代金券
//!
//! - `calculateTotalPrice` — 查询计费价格信息
//!
//! - `getBillDetail` — 查询消费记录详情
//!
//! - `getExpiringOrders` — 查询资源单列表接口，不含已删除资源
//!
//! - `getResourceName` — 查询用于在账单展示的资源名称信息
//!
//! - `isArrear` — 查询用户是否欠费
//!
//! - `queryBillStatisticsInfo` — 查询资源账单，消费记录中的费用信息
//!
//! - `queryConsumeBills` — 查询消费记录列表
//!
//! - `queryConsumeRecords` — 查询资源账单详情
//!
//! - `queryConsumptionOverView` — 查询消费总览
//!
//! - `queryPageByCondition` — 查询资源单列表
//!
//! - `queryResourceBills` — 查询资源账单列表
//!
//! - `sendResourceOrderStatusMessage` — 删除资源
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `billing` service.
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
    /// 查询消费统计信息
    ///
    /// `POST /v1/regions/{regionId}/accounting/adminQueryBillStatisticsInfo`
    ///
    /// *Documented in* `specs/billing/zh/jdclouddocs-cn/adminQueryBillStatisticsInfo.md` *line 1.*
    pub fn admin_query_bill_statistics_info(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> AdminQueryBillStatisticsInfo {
        AdminQueryBillStatisticsInfo {
            config: self.config.clone(),
            region_id: region_id.into(),
            app_code: ::std::option::Option::None,
            billing_type: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            ignore_zero: ::std::option::Option::None,
            pay_state: ::std::option::Option::None,
            pay_type: ::std::option::Option::None,
            pin: ::std::option::Option::None,
            query_type: ::std::option::Option::None,
            region: ::std::option::Option::None,
            resource_id: ::std::option::Option::None,
            role: ::std::option::Option::None,
            service_code: ::std::option::Option::None,
            site: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            time_type: ::std::option::Option::None,
        }
    }
    /// 计算赔偿金额并发放代金券
    ///
    /// `POST /v1/regions/{regionId}/price/calculateCompensateFeeAndSendCoupons`
    ///
    /// *Documented in* `specs/billing/zh/jdclouddocs-cn/calculateCompensateFeeAndSendCoupons.md` *line 1.*
    pub fn calculate_compensate_fee_and_send_coupons(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        pin: impl ::std::convert::Into<::std::string::String>,
        resource_ids: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> CalculateCompensateFeeAndSendCoupons {
        CalculateCompensateFeeAndSendCoupons {
            config: self.config.clone(),
            region_id: region_id.into(),
            pin: pin.into(),
            resource_ids: resource_ids.into(),
        }
    }
    /// 查询计费价格信息
    ///
    /// `POST /v1/regions/{regionId}/calculateTotalPrice`
    ///
    /// *Documented in* `specs/billing/zh/jdclouddocs-cn/calculateTotalPrice.md` *line 1.*
    pub fn calculate_total_price(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cmd: impl ::std::convert::Into<i32>,
        package_count: impl ::std::convert::Into<i32>,
    ) -> CalculateTotalPrice {
        CalculateTotalPrice {
            config: self.config.clone(),
            region_id: region_id.into(),
            client_type: ::std::option::Option::None,
            cmd: cmd.into(),
            operate_time: ::std::option::Option::None,
            order_list: ::std::option::Option::None,
            package_count: package_count.into(),
            promotion_info: ::std::option::Option::None,
        }
    }
    /// 查询消费记录详情
    ///
    /// `GET /v1/regions/{regionId}/consumeBills/{billId}`
    ///
    /// *Documented in* `specs/billing/zh/jdclouddocs-cn/getBillDetail.md` *line 1.*
    pub fn get_bill_detail(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        bill_id: impl ::std::convert::Into<f64>,
    ) -> GetBillDetail {
        GetBillDetail {
            config: self.config.clone(),
            region_id: region_id.into(),
            bill_id: bill_id.into(),
            system_type: ::std::option::Option::None,
        }
    }
    /// 查询资源单列表接口，不含已删除资源
    ///
    /// `POST /v1/regions/{regionId}/getExpiringOrders`
    ///
    /// *Documented in* `specs/billing/zh/jdclouddocs-cn/getExpiringOrders.md` *line 1.*
    pub fn get_expiring_orders(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> GetExpiringOrders {
        GetExpiringOrders {
            config: self.config.clone(),
            region_id: region_id.into(),
            app_code: ::std::option::Option::None,
            billing_status: ::std::option::Option::None,
            billing_type: ::std::option::Option::None,
            billing_type_list: ::std::option::Option::None,
            department_id: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            exclude_resources: ::std::option::Option::None,
            expire_in_days: ::std::option::Option::None,
            expiring_in_days: ::std::option::Option::None,
            id: ::std::option::Option::None,
            is_on_trial: ::std::option::Option::None,
            is_special: ::std::option::Option::None,
            network_operator: ::std::option::Option::None,
            node: ::std::option::Option::None,
            node_code: ::std::option::Option::None,
            offset: ::std::option::Option::None,
            op_types: ::std::option::Option::None,
            order_by_claus: ::std::option::Option::None,
            page_index: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            pin: ::std::option::Option::None,
            pin_list: ::std::option::Option::None,
            region: ::std::option::Option::None,
            resource_id: ::std::option::Option::None,
            resource_id_list: ::std::option::Option::None,
            service_code: ::std::option::Option::None,
            service_code_list: ::std::option::Option::None,
            site: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            status: ::std::option::Option::None,
            status_list: ::std::option::Option::None,
            timeout: ::std::option::Option::None,
            transaction_nos: ::std::option::Option::None,
        }
    }
    /// 查询用于在账单展示的资源名称信息
    ///
    /// `GET /v1/regions/{regionId}/resourceOrder/{resourceId}/resourceName`
    ///
    /// *Documented in* `specs/billing/zh/jdclouddocs-cn/getResourceName.md` *line 1.*
    pub fn get_resource_name(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        resource_id: impl ::std::convert::Into<::std::string::String>,
    ) -> GetResourceName {
        GetResourceName {
            config: self.config.clone(),
            region_id: region_id.into(),
            resource_id: resource_id.into(),
            region: ::std::option::Option::None,
            service_code: ::std::option::Option::None,
        }
    }
    /// 查询用户是否欠费
    ///
    /// `GET /v1/regions/{regionId}/isArrear`
    ///
    /// *Documented in* `specs/billing/zh/jdclouddocs-cn/isArrear.md` *line 1.*
    pub fn is_arrear(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> IsArrear {
        IsArrear {
            config: self.config.clone(),
            region_id: region_id.into(),
            pin: ::std::option::Option::None,
        }
    }
    /// 查询资源账单，消费记录中的费用信息
    ///
    /// `GET /v1/regions/{regionId}/billStatisticsInfo`
    ///
    /// *Documented in* `specs/billing/zh/jdclouddocs-cn/queryBillStatisticsInfo.md` *line 1.*
    #[allow(clippy::too_many_arguments)]
    pub fn query_bill_statistics_info(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        app_code: impl ::std::convert::Into<::std::string::String>,
        billing_type: impl ::std::convert::Into<i32>,
        end_time: impl ::std::convert::Into<::std::string::String>,
        pay_state: impl ::std::convert::Into<i32>,
        pay_type: impl ::std::convert::Into<i32>,
        query_type: impl ::std::convert::Into<i32>,
        service_code: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
        time_type: impl ::std::convert::Into<i32>,
    ) -> QueryBillStatisticsInfo {
        QueryBillStatisticsInfo {
            config: self.config.clone(),
            region_id: region_id.into(),
            app_code: app_code.into(),
            billing_type: billing_type.into(),
            end_time: end_time.into(),
            pay_state: pay_state.into(),
            pay_type: pay_type.into(),
            query_type: query_type.into(),
            service_code: service_code.into(),
            start_time: start_time.into(),
            time_type: time_type.into(),
        }
    }
    /// 查询消费记录列表
    ///
    /// `POST /v1/regions/{regionId}/consumeBills`
    ///
    /// *Documented in* `specs/billing/zh/jdclouddocs-cn/queryConsumeBills.md` *line 1.*
    pub fn query_consume_bills(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> QueryConsumeBills {
        QueryConsumeBills {
            config: self.config.clone(),
            region_id: region_id.into(),
            app_code: ::std::option::Option::None,
            billing_type: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            ignore_zero: ::std::option::Option::None,
            page_index: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            pay_state: ::std::option::Option::None,
            pay_type: ::std::option::Option::None,
            query_type: ::std::option::Option::None,
            region: ::std::option::Option::None,
            resource_id: ::std::option::Option::None,
            role: ::std::option::Option::None,
            service_code: ::std::option::Option::None,
            site: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            time_type: ::std::option::Option::None,
        }
    }
    /// 查询资源账单详情
    ///
    /// `POST /v1/regions/{regionId}/resourceBills/{resourceId}`
    ///
    /// *Documented in* `specs/billing/zh/jdclouddocs-cn/queryConsumeRecords.md` *line 1.*
    pub fn query_consume_records(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        resource_id: impl ::std::convert::Into<::std::string::String>,
    ) -> QueryConsumeRecords {
        QueryConsumeRecords {
            config: self.config.clone(),
            region_id: region_id.into(),
            resource_id: resource_id.into(),
            app_code: ::std::option::Option::None,
            billing_type: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            ignore_zero: ::std::option::Option::None,
            pay_state: ::std::option::Option::None,
            pay_type: ::std::option::Option::None,
            query_type: ::std::option::Option::None,
            region: ::std::option::Option::None,
            role: ::std::option::Option::None,
            service_code: ::std::option::Option::None,
            site: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            time_type: ::std::option::Option::None,
        }
    }
    /// 查询消费总览
    ///
    /// `GET /v1/regions/{regionId}/consumeOverView`
    ///
    /// *Documented in* `specs/billing/zh/jdclouddocs-cn/queryConsumptionOverView.md` *line 1.*
    pub fn query_consumption_over_view(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
        time_type: impl ::std::convert::Into<i32>,
    ) -> QueryConsumptionOverView {
        QueryConsumptionOverView {
            config: self.config.clone(),
            region_id: region_id.into(),
            end_time: end_time.into(),
            start_time: start_time.into(),
            time_type: time_type.into(),
        }
    }
    /// 查询资源单列表
    ///
    /// `POST /v1/regions/{regionId}/queryPageByCondition`
    ///
    /// *Documented in* `specs/billing/zh/jdclouddocs-cn/queryPageByCondition.md` *line 1.*
    pub fn query_page_by_condition(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> QueryPageByCondition {
        QueryPageByCondition {
            config: self.config.clone(),
            region_id: region_id.into(),
            app_code: ::std::option::Option::None,
            billing_status: ::std::option::Option::None,
            billing_type: ::std::option::Option::None,
            billing_type_list: ::std::option::Option::None,
            department_id: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            exclude_resources: ::std::option::Option::None,
            expire_in_days: ::std::option::Option::None,
            expiring_in_days: ::std::option::Option::None,
            id: ::std::option::Option::None,
            is_on_trial: ::std::option::Option::None,
            is_special: ::std::option::Option::None,
            network_operator: ::std::option::Option::None,
            node: ::std::option::Option::None,
            node_code: ::std::option::Option::None,
            offset: ::std::option::Option::None,
            op_types: ::std::option::Option::None,
            order_by_claus: ::std::option::Option::None,
            page_index: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            pin: ::std::option::Option::None,
            pin_list: ::std::option::Option::None,
            region: ::std::option::Option::None,
            resource_id: ::std::option::Option::None,
            resource_id_list: ::std::option::Option::None,
            service_code: ::std::option::Option::None,
            service_code_list: ::std::option::Option::None,
            site: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            status: ::std::option::Option::None,
            status_list: ::std::option::Option::None,
            timeout: ::std::option::Option::None,
            transaction_nos: ::std::option::Option::None,
        }
    }
    /// 查询资源账单列表
    ///
    /// `POST /v1/regions/{regionId}/resourceBills`
    ///
    /// *Documented in* `specs/billing/zh/jdclouddocs-cn/queryResourceBills.md` *line 1.*
    pub fn query_resource_bills(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> QueryResourceBills {
        QueryResourceBills {
            config: self.config.clone(),
            region_id: region_id.into(),
            app_code: ::std::option::Option::None,
            billing_type: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            ignore_zero: ::std::option::Option::None,
            page_index: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            pay_state: ::std::option::Option::None,
            pay_type: ::std::option::Option::None,
            query_type: ::std::option::Option::None,
            region: ::std::option::Option::None,
            resource_id: ::std::option::Option::None,
            role: ::std::option::Option::None,
            service_code: ::std::option::Option::None,
            site: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            time_type: ::std::option::Option::None,
        }
    }
    /// 删除资源
    ///
    /// `POST /v1/regions/{regionId}/sendResourceOrderStatusMessage`
    ///
    /// *Documented in* `specs/billing/zh/jdclouddocs-cn/sendResourceOrderStatusMessage.md` *line 1.*
    pub fn send_resource_order_status_message(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cmd: impl ::std::convert::Into<i32>,
        operator_name: impl ::std::convert::Into<::std::string::String>,
        operator_type: impl ::std::convert::Into<i32>,
    ) -> SendResourceOrderStatusMessage {
        SendResourceOrderStatusMessage {
            config: self.config.clone(),
            region_id: region_id.into(),
            cmd: cmd.into(),
            operate_time: ::std::option::Option::None,
            operator_name: operator_name.into(),
            operator_type: operator_type.into(),
            order_list: ::std::option::Option::None,
        }
    }
}
/// Request builder of `adminQueryBillStatisticsInfo`, made by [`Client::admin_query_bill_statistics_info`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AdminQueryBillStatisticsInfo {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    app_code: ::std::option::Option<::std::string::String>,
    billing_type: ::std::option::Option<i32>,
    end_time: ::std::option::Option<::std::string::String>,
    ignore_zero: ::std::option::Option<i32>,
    pay_state: ::std::option::Option<i32>,
    pay_type: ::std::option::Option<i32>,
    pin: ::std::option::Option<::std::string::String>,
    query_type: ::std::option::Option<i32>,
    region: ::std::option::Option<::std::string::String>,
    resource_id: ::std::option::Option<::std::string::String>,
    role: ::std::option::Option<i32>,
    service_code: ::std::option::Option<::std::string::String>,
    site: ::std::option::Option<i32>,
    start_time: ::std::option::Option<::std::string::String>,
    time_type: ::std::option::Option<i32>,
}
impl AdminQueryBillStatisticsInfo {
    /// `appCode`: 应用码
    pub fn app_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.app_code = ::std::option::Option::Some(value.into());
        self
    }
    /// `billingType`: 付费类型
    pub fn billing_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `endTime`: 结束时间
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `ignoreZero`
    pub fn ignore_zero(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ignore_zero = ::std::option::Option::Some(value.into());
        self
    }
    /// `payState`: 付费状态
    pub fn pay_state(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.pay_state = ::std::option::Option::Some(value.into());
        self
    }
    /// `payType`: 付费类型
    pub fn pay_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.pay_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `pin`: 用户pin
    pub fn pin(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.pin = ::std::option::Option::Some(value.into());
        self
    }
    /// `queryType`: 查询类别   1：资源账单   2：消费记录
    pub fn query_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.query_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `region`: 区域
    pub fn region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// `resourceId`: 资源ID
    pub fn resource_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.resource_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `role`: 角色
    pub fn role(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.role = ::std::option::Option::Some(value.into());
        self
    }
    /// `serviceCode`: 服务码
    pub fn service_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.service_code = ::std::option::Option::Some(value.into());
        self
    }
    /// `site`: 站点
    pub fn site(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.site = ::std::option::Option::Some(value.into());
        self
    }
    /// `startTime`: 开始时间
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `timeType`: 1: 按账期 2：按消费时间
    pub fn time_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.time_type = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.app_code {
            body.member("appCode", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.billing_type {
            body.member("billingType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.end_time {
            body.member("endTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.ignore_zero {
            body.member("ignoreZero", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.pay_state {
            body.member("payState", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.pay_type {
            body.member("payType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.pin {
            body.member("pin", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.query_type {
            body.member("queryType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.region {
            body.member("region", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.resource_id {
            body.member("resourceId", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.role {
            body.member("role", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.service_code {
            body.member("serviceCode", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.site {
            body.member("site", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.start_time {
            body.member("startTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.time_type {
            body.member("timeType", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/accounting/adminQueryBillStatisticsInfo",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "billing", "v1", path)
                .with_operation("adminQueryBillStatisticsInfo");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<AdminQueryBillStatisticsInfoResult>,
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
        crate::runtime::Response<AdminQueryBillStatisticsInfoResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `adminQueryBillStatisticsInfo` lists. Read one from a service error with [`AdminQueryBillStatisticsInfoErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdminQueryBillStatisticsInfoErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl AdminQueryBillStatisticsInfoErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `calculateCompensateFeeAndSendCoupons`, made by [`Client::calculate_compensate_fee_and_send_coupons`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CalculateCompensateFeeAndSendCoupons {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    pin: ::std::string::String,
    resource_ids: ::std::vec::Vec<::std::string::String>,
}
impl CalculateCompensateFeeAndSendCoupons {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("pin", &self.pin)?;
        body.member("resourceIds", &self.resource_ids)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/price/calculateCompensateFeeAndSendCoupons",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "billing", "v1", path)
                .with_operation("calculateCompensateFeeAndSendCoupons");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CalculateCompensateFeeAndSendCouponsResult>,
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
        crate::runtime::Response<CalculateCompensateFeeAndSendCouponsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `calculateCompensateFeeAndSendCoupons` lists. Read one from a service error with [`CalculateCompensateFeeAndSendCouponsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CalculateCompensateFeeAndSendCouponsErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl CalculateCompensateFeeAndSendCouponsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `calculateTotalPrice`, made by [`Client::calculate_total_price`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CalculateTotalPrice {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    client_type: ::std::option::Option<i32>,
    cmd: i32,
    operate_time: ::std::option::Option<::std::string::String>,
    order_list: ::std::option::Option<::std::vec::Vec<OrderPriceProtocol>>,
    package_count: i32,
    promotion_info: ::std::option::Option<::std::string::String>,
}
impl CalculateTotalPrice {
    /// `clientType`: 客户端：1.PC端；2.移动端；
    pub fn client_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.client_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `operateTime`: 操作时间，遵循ISO8601标准，使用UTC时间，格式为：YYYY-MM-DDTHH:mm:ssZ
    pub fn operate_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.operate_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `orderList`: 计算价格的订单
    pub fn order_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<OrderPriceProtocol>>,
    ) -> Self {
        self.order_list = ::std::option::Option::Some(value.into());
        self
    }
    /// `promotionInfo`: 1:折扣（不需要传） 2:免费活动3:付费活动 4:推荐码 5:会员价 \[{"promotionType":1,"activityCode":123},{"promotionType":2,"activityCode":}\]
    pub fn promotion_info(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.promotion_info = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.client_type {
            body.member("clientType", value)?;
        }
        body.member("cmd", &self.cmd)?;
        if let ::std::option::Option::Some(value) = &self.operate_time {
            body.member("operateTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.order_list {
            body.member("orderList", value)?;
        }
        body.member("packageCount", &self.package_count)?;
        if let ::std::option::Option::Some(value) = &self.promotion_info {
            body.member("promotionInfo", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/calculateTotalPrice",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "billing", "v1", path)
                .with_operation("calculateTotalPrice");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CalculateTotalPriceResult>,
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
        crate::runtime::Response<CalculateTotalPriceResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `calculateTotalPrice` lists. Read one from a service error with [`CalculateTotalPriceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CalculateTotalPriceErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl CalculateTotalPriceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `getBillDetail`, made by [`Client::get_bill_detail`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetBillDetail {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    bill_id: f64,
    system_type: ::std::option::Option<i32>,
}
impl GetBillDetail {
    /// `systemType`
    pub fn system_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.system_type = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.bill_id.to_string();
        if let ::std::option::Option::Some(value) = &self.system_type {
            crate::runtime::push_query(&mut query, "systemType", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/consumeBills/{billId}",
            &[("regionId", path_0.as_str()), ("billId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "billing", "v1", path)
                .with_operation("getBillDetail");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetBillDetailResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetBillDetailResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getBillDetail` lists. Read one from a service error with [`GetBillDetailErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetBillDetailErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl GetBillDetailErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `getExpiringOrders`, made by [`Client::get_expiring_orders`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetExpiringOrders {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    app_code: ::std::option::Option<::std::string::String>,
    billing_status: ::std::option::Option<i32>,
    billing_type: ::std::option::Option<i32>,
    billing_type_list: ::std::option::Option<::std::vec::Vec<f64>>,
    department_id: ::std::option::Option<i32>,
    end_time: ::std::option::Option<::std::string::String>,
    exclude_resources: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    expire_in_days: ::std::option::Option<i32>,
    expiring_in_days: ::std::option::Option<i32>,
    id: ::std::option::Option<i32>,
    is_on_trial: ::std::option::Option<i32>,
    is_special: ::std::option::Option<i32>,
    network_operator: ::std::option::Option<i32>,
    node: ::std::option::Option<::std::string::String>,
    node_code: ::std::option::Option<::std::string::String>,
    offset: ::std::option::Option<i32>,
    op_types: ::std::option::Option<::std::vec::Vec<f64>>,
    order_by_claus: ::std::option::Option<::std::string::String>,
    page_index: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    pin: ::std::option::Option<::std::string::String>,
    pin_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    region: ::std::option::Option<::std::string::String>,
    resource_id: ::std::option::Option<::std::string::String>,
    resource_id_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    service_code: ::std::option::Option<::std::string::String>,
    service_code_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    site: ::std::option::Option<i32>,
    start_time: ::std::option::Option<::std::string::String>,
    status: ::std::option::Option<i32>,
    status_list: ::std::option::Option<::std::vec::Vec<f64>>,
    timeout: ::std::option::Option<i32>,
    transaction_nos: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl GetExpiringOrders {
    /// `appCode`: appCode
    pub fn app_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.app_code = ::std::option::Option::Some(value.into());
        self
    }
    /// `billingStatus`: 计费状态 0:停止计费 1:计费中
    pub fn billing_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_status = ::std::option::Option::Some(value.into());
        self
    }
    /// `billingType`: 计费类型 1:按配置 2:按用量 3:包年包月
    pub fn billing_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `billingTypeList`: billingTypeList
    pub fn billing_type_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<f64>>,
    ) -> Self {
        self.billing_type_list = ::std::option::Option::Some(value.into());
        self
    }
    /// `departmentId`: 部门（节点云查询使用）
    pub fn department_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.department_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `endTime`: 结束时间
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `excludeResources`: excludeResources
    pub fn exclude_resources(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.exclude_resources = ::std::option::Option::Some(value.into());
        self
    }
    /// `expireInDays`: &gt;0: 订单还有几天到期; ==0: 订单已经到期; &lt;0: 不管是否到期
    pub fn expire_in_days(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.expire_in_days = ::std::option::Option::Some(value.into());
        self
    }
    /// `expiringInDays`: 1、内部计算，使用getExpiringOrderCount时使用，不用传值 默认为-1mybatis筛选时不会关注 2、selectResourceOrderForTask定时任务查询列表时使用，停服天数，必须大于0
    pub fn expiring_in_days(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.expiring_in_days = ::std::option::Option::Some(value.into());
        self
    }
    /// `id`: 主键id
    pub fn id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// `isOnTrial`: isOnTrial
    pub fn is_on_trial(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.is_on_trial = ::std::option::Option::Some(value.into());
        self
    }
    /// `isSpecial`: 是否是专有云 1:是  其他不是
    pub fn is_special(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.is_special = ::std::option::Option::Some(value.into());
        self
    }
    /// `networkOperator`: 网络类型 0: non-BGP, 1: BGP
    pub fn network_operator(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.network_operator = ::std::option::Option::Some(value.into());
        self
    }
    /// `node`: 专有云节点的code（节点云查询使用）
    pub fn node(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.node = ::std::option::Option::Some(value.into());
        self
    }
    /// `nodeCode`: 节点信息
    pub fn node_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.node_code = ::std::option::Option::Some(value.into());
        self
    }
    /// `offset`
    pub fn offset(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.offset = ::std::option::Option::Some(value.into());
        self
    }
    /// `opTypes`
    pub fn op_types(mut self, value: impl ::std::convert::Into<::std::vec::Vec<f64>>) -> Self {
        self.op_types = ::std::option::Option::Some(value.into());
        self
    }
    /// `orderByClaus`: orderByClaus
    pub fn order_by_claus(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.order_by_claus = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageIndex`: 当前页序号
    pub fn page_index(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_index = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 每页结果数量
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `pin`: 用户pin
    pub fn pin(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.pin = ::std::option::Option::Some(value.into());
        self
    }
    /// `pinList`
    pub fn pin_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.pin_list = ::std::option::Option::Some(value.into());
        self
    }
    /// `region`: 地域
    pub fn region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// `resourceId`: 资源id
    pub fn resource_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.resource_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `resourceIdList`: resourceIdList
    pub fn resource_id_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.resource_id_list = ::std::option::Option::Some(value.into());
        self
    }
    /// `serviceCode`: 服务编码
    pub fn service_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.service_code = ::std::option::Option::Some(value.into());
        self
    }
    /// `serviceCodeList`: 产品码列表
    pub fn service_code_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.service_code_list = ::std::option::Option::Some(value.into());
        self
    }
    /// `site`: 站点信息 0:中国 1:国际
    pub fn site(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.site = ::std::option::Option::Some(value.into());
        self
    }
    /// `startTime`: 开始时间
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `status`: 资源状态 1:正常 2:停服 3:删除
    pub fn status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// `statusList`: statusList
    pub fn status_list(mut self, value: impl ::std::convert::Into<::std::vec::Vec<f64>>) -> Self {
        self.status_list = ::std::option::Option::Some(value.into());
        self
    }
    /// `timeout`: 超时时间，暂时不用
    pub fn timeout(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.timeout = ::std::option::Option::Some(value.into());
        self
    }
    /// `transactionNos`: 交易单号列表
    pub fn transaction_nos(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.transaction_nos = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.app_code {
            body.member("appCode", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.billing_status {
            body.member("billingStatus", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.billing_type {
            body.member("billingType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.billing_type_list {
            body.member("billingTypeList", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.department_id {
            body.member("departmentId", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.end_time {
            body.member("endTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.exclude_resources {
            body.member("excludeResources", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.expire_in_days {
            body.member("expireInDays", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.expiring_in_days {
            body.member("expiringInDays", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.id {
            body.member("id", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.is_on_trial {
            body.member("isOnTrial", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.is_special {
            body.member("isSpecial", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.network_operator {
            body.member("networkOperator", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.node {
            body.member("node", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.node_code {
            body.member("nodeCode", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.offset {
            body.member("offset", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.op_types {
            body.member("opTypes", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.order_by_claus {
            body.member("orderByClaus", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_index {
            body.member("pageIndex", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            body.member("pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.pin {
            body.member("pin", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.pin_list {
            body.member("pinList", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.region {
            body.member("region", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.resource_id {
            body.member("resourceId", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.resource_id_list {
            body.member("resourceIdList", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.service_code {
            body.member("serviceCode", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.service_code_list {
            body.member("serviceCodeList", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.site {
            body.member("site", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.start_time {
            body.member("startTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.status {
            body.member("status", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.status_list {
            body.member("statusList", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.timeout {
            body.member("timeout", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.transaction_nos {
            body.member("transactionNos", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/getExpiringOrders",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "billing", "v1", path)
                .with_operation("getExpiringOrders");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<GetExpiringOrdersResult>,
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
        crate::runtime::Response<GetExpiringOrdersResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getExpiringOrders` lists. Read one from a service error with [`GetExpiringOrdersErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetExpiringOrdersErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl GetExpiringOrdersErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `getResourceName`, made by [`Client::get_resource_name`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetResourceName {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    resource_id: ::std::string::String,
    region: ::std::option::Option<::std::string::String>,
    service_code: ::std::option::Option<::std::string::String>,
}
impl GetResourceName {
    /// `region`
    pub fn region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// `serviceCode`
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
        let path_1 = self.resource_id.to_string();
        if let ::std::option::Option::Some(value) = &self.region {
            crate::runtime::push_query(&mut query, "region", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.service_code {
            crate::runtime::push_query(&mut query, "serviceCode", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/resourceOrder/{resourceId}/resourceName",
            &[
                ("regionId", path_0.as_str()),
                ("resourceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "billing", "v1", path)
                .with_operation("getResourceName");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetResourceNameResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetResourceNameResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getResourceName` lists. Read one from a service error with [`GetResourceNameErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetResourceNameErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl GetResourceNameErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `isArrear`, made by [`Client::is_arrear`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct IsArrear {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    pin: ::std::option::Option<::std::string::String>,
}
impl IsArrear {
    /// `pin`
    pub fn pin(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.pin = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.pin {
            crate::runtime::push_query(&mut query, "pin", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/isArrear",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "billing", "v1", path)
                .with_operation("isArrear");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<IsArrearResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<IsArrearResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `isArrear` lists. Read one from a service error with [`IsArrearErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IsArrearErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl IsArrearErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `queryBillStatisticsInfo`, made by [`Client::query_bill_statistics_info`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct QueryBillStatisticsInfo {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    app_code: ::std::string::String,
    billing_type: i32,
    end_time: ::std::string::String,
    pay_state: i32,
    pay_type: i32,
    query_type: i32,
    service_code: ::std::string::String,
    start_time: ::std::string::String,
    time_type: i32,
}
impl QueryBillStatisticsInfo {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "appCode", &self.app_code)?;
        crate::runtime::push_query(&mut query, "billingType", &self.billing_type)?;
        crate::runtime::push_query(&mut query, "endTime", &self.end_time)?;
        crate::runtime::push_query(&mut query, "payState", &self.pay_state)?;
        crate::runtime::push_query(&mut query, "payType", &self.pay_type)?;
        crate::runtime::push_query(&mut query, "queryType", &self.query_type)?;
        crate::runtime::push_query(&mut query, "serviceCode", &self.service_code)?;
        crate::runtime::push_query(&mut query, "startTime", &self.start_time)?;
        crate::runtime::push_query(&mut query, "timeType", &self.time_type)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/billStatisticsInfo",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "billing", "v1", path)
                .with_operation("queryBillStatisticsInfo");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<QueryBillStatisticsInfoResult>,
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
        crate::runtime::Response<QueryBillStatisticsInfoResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `queryBillStatisticsInfo` lists. Read one from a service error with [`QueryBillStatisticsInfoErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueryBillStatisticsInfoErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl QueryBillStatisticsInfoErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `queryConsumeBills`, made by [`Client::query_consume_bills`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct QueryConsumeBills {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    app_code: ::std::option::Option<::std::string::String>,
    billing_type: ::std::option::Option<i32>,
    end_time: ::std::option::Option<::std::string::String>,
    ignore_zero: ::std::option::Option<i32>,
    page_index: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    pay_state: ::std::option::Option<i32>,
    pay_type: ::std::option::Option<i32>,
    query_type: ::std::option::Option<i32>,
    region: ::std::option::Option<::std::string::String>,
    resource_id: ::std::option::Option<::std::string::String>,
    role: ::std::option::Option<i32>,
    service_code: ::std::option::Option<::std::string::String>,
    site: ::std::option::Option<i32>,
    start_time: ::std::option::Option<::std::string::String>,
    time_type: ::std::option::Option<i32>,
}
impl QueryConsumeBills {
    /// `appCode`
    pub fn app_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.app_code = ::std::option::Option::Some(value.into());
        self
    }
    /// `billingType`
    pub fn billing_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `endTime`
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `ignoreZero`
    pub fn ignore_zero(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ignore_zero = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageIndex`
    pub fn page_index(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_index = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `payState`
    pub fn pay_state(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.pay_state = ::std::option::Option::Some(value.into());
        self
    }
    /// `payType`
    pub fn pay_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.pay_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `queryType`
    pub fn query_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.query_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `region`
    pub fn region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// `resourceId`
    pub fn resource_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.resource_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `role`
    pub fn role(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.role = ::std::option::Option::Some(value.into());
        self
    }
    /// `serviceCode`
    pub fn service_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.service_code = ::std::option::Option::Some(value.into());
        self
    }
    /// `site`
    pub fn site(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.site = ::std::option::Option::Some(value.into());
        self
    }
    /// `startTime`
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `timeType`
    pub fn time_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.time_type = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.app_code {
            body.member("appCode", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.billing_type {
            body.member("billingType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.end_time {
            body.member("endTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.ignore_zero {
            body.member("ignoreZero", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_index {
            body.member("pageIndex", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            body.member("pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.pay_state {
            body.member("payState", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.pay_type {
            body.member("payType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.query_type {
            body.member("queryType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.region {
            body.member("region", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.resource_id {
            body.member("resourceId", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.role {
            body.member("role", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.service_code {
            body.member("serviceCode", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.site {
            body.member("site", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.start_time {
            body.member("startTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.time_type {
            body.member("timeType", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/consumeBills",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "billing", "v1", path)
                .with_operation("queryConsumeBills");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<QueryConsumeBillsResult>,
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
        crate::runtime::Response<QueryConsumeBillsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `queryConsumeBills` lists. Read one from a service error with [`QueryConsumeBillsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueryConsumeBillsErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl QueryConsumeBillsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `queryConsumeRecords`, made by [`Client::query_consume_records`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct QueryConsumeRecords {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    resource_id: ::std::string::String,
    app_code: ::std::option::Option<::std::string::String>,
    billing_type: ::std::option::Option<i32>,
    end_time: ::std::option::Option<::std::string::String>,
    ignore_zero: ::std::option::Option<i32>,
    pay_state: ::std::option::Option<i32>,
    pay_type: ::std::option::Option<i32>,
    query_type: ::std::option::Option<i32>,
    region: ::std::option::Option<::std::string::String>,
    role: ::std::option::Option<i32>,
    service_code: ::std::option::Option<::std::string::String>,
    site: ::std::option::Option<i32>,
    start_time: ::std::option::Option<::std::string::String>,
    time_type: ::std::option::Option<i32>,
}
impl QueryConsumeRecords {
    /// `appCode`
    pub fn app_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.app_code = ::std::option::Option::Some(value.into());
        self
    }
    /// `billingType`
    pub fn billing_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `endTime`
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `ignoreZero`
    pub fn ignore_zero(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ignore_zero = ::std::option::Option::Some(value.into());
        self
    }
    /// `payState`
    pub fn pay_state(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.pay_state = ::std::option::Option::Some(value.into());
        self
    }
    /// `payType`
    pub fn pay_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.pay_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `queryType`
    pub fn query_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.query_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `region`
    pub fn region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// `role`
    pub fn role(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.role = ::std::option::Option::Some(value.into());
        self
    }
    /// `serviceCode`
    pub fn service_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.service_code = ::std::option::Option::Some(value.into());
        self
    }
    /// `site`
    pub fn site(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.site = ::std::option::Option::Some(value.into());
        self
    }
    /// `startTime`
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `timeType`
    pub fn time_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.time_type = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.resource_id.to_string();
        if let ::std::option::Option::Some(value) = &self.app_code {
            body.member("appCode", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.billing_type {
            body.member("billingType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.end_time {
            body.member("endTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.ignore_zero {
            body.member("ignoreZero", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.pay_state {
            body.member("payState", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.pay_type {
            body.member("payType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.query_type {
            body.member("queryType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.region {
            body.member("region", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.role {
            body.member("role", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.service_code {
            body.member("serviceCode", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.site {
            body.member("site", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.start_time {
            body.member("startTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.time_type {
            body.member("timeType", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/resourceBills/{resourceId}",
            &[
                ("regionId", path_0.as_str()),
                ("resourceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "billing", "v1", path)
                .with_operation("queryConsumeRecords");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<QueryConsumeRecordsResult>,
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
        crate::runtime::Response<QueryConsumeRecordsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `queryConsumeRecords` lists. Read one from a service error with [`QueryConsumeRecordsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueryConsumeRecordsErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl QueryConsumeRecordsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `queryConsumptionOverView`, made by [`Client::query_consumption_over_view`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct QueryConsumptionOverView {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    end_time: ::std::string::String,
    start_time: ::std::string::String,
    time_type: i32,
}
impl QueryConsumptionOverView {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "endTime", &self.end_time)?;
        crate::runtime::push_query(&mut query, "startTime", &self.start_time)?;
        crate::runtime::push_query(&mut query, "timeType", &self.time_type)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/consumeOverView",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "billing", "v1", path)
                .with_operation("queryConsumptionOverView");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<QueryConsumptionOverViewResult>,
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
        crate::runtime::Response<QueryConsumptionOverViewResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `queryConsumptionOverView` lists. Read one from a service error with [`QueryConsumptionOverViewErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueryConsumptionOverViewErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl QueryConsumptionOverViewErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `queryPageByCondition`, made by [`Client::query_page_by_condition`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct QueryPageByCondition {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    app_code: ::std::option::Option<::std::string::String>,
    billing_status: ::std::option::Option<i32>,
    billing_type: ::std::option::Option<i32>,
    billing_type_list: ::std::option::Option<::std::vec::Vec<f64>>,
    department_id: ::std::option::Option<i32>,
    end_time: ::std::option::Option<::std::string::String>,
    exclude_resources: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    expire_in_days: ::std::option::Option<i32>,
    expiring_in_days: ::std::option::Option<i32>,
    id: ::std::option::Option<i32>,
    is_on_trial: ::std::option::Option<i32>,
    is_special: ::std::option::Option<i32>,
    network_operator: ::std::option::Option<i32>,
    node: ::std::option::Option<::std::string::String>,
    node_code: ::std::option::Option<::std::string::String>,
    offset: ::std::option::Option<i32>,
    op_types: ::std::option::Option<::std::vec::Vec<f64>>,
    order_by_claus: ::std::option::Option<::std::string::String>,
    page_index: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    pin: ::std::option::Option<::std::string::String>,
    pin_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    region: ::std::option::Option<::std::string::String>,
    resource_id: ::std::option::Option<::std::string::String>,
    resource_id_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    service_code: ::std::option::Option<::std::string::String>,
    service_code_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    site: ::std::option::Option<i32>,
    start_time: ::std::option::Option<::std::string::String>,
    status: ::std::option::Option<i32>,
    status_list: ::std::option::Option<::std::vec::Vec<f64>>,
    timeout: ::std::option::Option<i32>,
    transaction_nos: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl QueryPageByCondition {
    /// `appCode`: appCode
    pub fn app_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.app_code = ::std::option::Option::Some(value.into());
        self
    }
    /// `billingStatus`: 计费状态 0:停止计费 1:计费中
    pub fn billing_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_status = ::std::option::Option::Some(value.into());
        self
    }
    /// `billingType`: 计费类型 1:按配置 2:按用量 3:包年包月
    pub fn billing_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `billingTypeList`: billingTypeList
    pub fn billing_type_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<f64>>,
    ) -> Self {
        self.billing_type_list = ::std::option::Option::Some(value.into());
        self
    }
    /// `departmentId`: 部门（节点云查询使用）
    pub fn department_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.department_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `endTime`: 结束时间
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `excludeResources`: excludeResources
    pub fn exclude_resources(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.exclude_resources = ::std::option::Option::Some(value.into());
        self
    }
    /// `expireInDays`: &gt;0: 订单还有几天到期; ==0: 订单已经到期; &lt;0: 不管是否到期
    pub fn expire_in_days(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.expire_in_days = ::std::option::Option::Some(value.into());
        self
    }
    /// `expiringInDays`: 1、内部计算，使用getExpiringOrderCount时使用，不用传值 默认为-1mybatis筛选时不会关注 2、selectResourceOrderForTask定时任务查询列表时使用，停服天数，必须大于0
    pub fn expiring_in_days(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.expiring_in_days = ::std::option::Option::Some(value.into());
        self
    }
    /// `id`: 主键id
    pub fn id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// `isOnTrial`: isOnTrial
    pub fn is_on_trial(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.is_on_trial = ::std::option::Option::Some(value.into());
        self
    }
    /// `isSpecial`: 是否是专有云 1:是  其他不是
    pub fn is_special(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.is_special = ::std::option::Option::Some(value.into());
        self
    }
    /// `networkOperator`: 网络类型 0: non-BGP, 1: BGP
    pub fn network_operator(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.network_operator = ::std::option::Option::Some(value.into());
        self
    }
    /// `node`: 专有云节点的code（节点云查询使用）
    pub fn node(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.node = ::std::option::Option::Some(value.into());
        self
    }
    /// `nodeCode`: 节点信息
    pub fn node_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.node_code = ::std::option::Option::Some(value.into());
        self
    }
    /// `offset`
    pub fn offset(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.offset = ::std::option::Option::Some(value.into());
        self
    }
    /// `opTypes`
    pub fn op_types(mut self, value: impl ::std::convert::Into<::std::vec::Vec<f64>>) -> Self {
        self.op_types = ::std::option::Option::Some(value.into());
        self
    }
    /// `orderByClaus`: orderByClaus
    pub fn order_by_claus(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.order_by_claus = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageIndex`: 当前页序号
    pub fn page_index(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_index = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 每页结果数量
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `pin`: 用户pin
    pub fn pin(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.pin = ::std::option::Option::Some(value.into());
        self
    }
    /// `pinList`
    pub fn pin_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.pin_list = ::std::option::Option::Some(value.into());
        self
    }
    /// `region`: 地域
    pub fn region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// `resourceId`: 资源id
    pub fn resource_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.resource_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `resourceIdList`: resourceIdList
    pub fn resource_id_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.resource_id_list = ::std::option::Option::Some(value.into());
        self
    }
    /// `serviceCode`: 服务编码
    pub fn service_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.service_code = ::std::option::Option::Some(value.into());
        self
    }
    /// `serviceCodeList`: 产品码列表
    pub fn service_code_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.service_code_list = ::std::option::Option::Some(value.into());
        self
    }
    /// `site`: 站点信息 0:中国 1:国际
    pub fn site(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.site = ::std::option::Option::Some(value.into());
        self
    }
    /// `startTime`: 开始时间
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `status`: 资源状态 1:正常 2:停服 3:删除
    pub fn status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// `statusList`: statusList
    pub fn status_list(mut self, value: impl ::std::convert::Into<::std::vec::Vec<f64>>) -> Self {
        self.status_list = ::std::option::Option::Some(value.into());
        self
    }
    /// `timeout`: 超时时间，暂时不用
    pub fn timeout(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.timeout = ::std::option::Option::Some(value.into());
        self
    }
    /// `transactionNos`: 交易单号列表
    pub fn transaction_nos(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.transaction_nos = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.app_code {
            body.member("appCode", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.billing_status {
            body.member("billingStatus", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.billing_type {
            body.member("billingType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.billing_type_list {
            body.member("billingTypeList", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.department_id {
            body.member("departmentId", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.end_time {
            body.member("endTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.exclude_resources {
            body.member("excludeResources", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.expire_in_days {
            body.member("expireInDays", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.expiring_in_days {
            body.member("expiringInDays", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.id {
            body.member("id", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.is_on_trial {
            body.member("isOnTrial", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.is_special {
            body.member("isSpecial", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.network_operator {
            body.member("networkOperator", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.node {
            body.member("node", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.node_code {
            body.member("nodeCode", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.offset {
            body.member("offset", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.op_types {
            body.member("opTypes", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.order_by_claus {
            body.member("orderByClaus", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_index {
            body.member("pageIndex", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            body.member("pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.pin {
            body.member("pin", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.pin_list {
            body.member("pinList", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.region {
            body.member("region", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.resource_id {
            body.member("resourceId", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.resource_id_list {
            body.member("resourceIdList", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.service_code {
            body.member("serviceCode", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.service_code_list {
            body.member("serviceCodeList", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.site {
            body.member("site", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.start_time {
            body.member("startTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.status {
            body.member("status", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.status_list {
            body.member("statusList", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.timeout {
            body.member("timeout", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.transaction_nos {
            body.member("transactionNos", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/queryPageByCondition",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "billing", "v1", path)
                .with_operation("queryPageByCondition");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<QueryPageByConditionResult>,
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
        crate::runtime::Response<QueryPageByConditionResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `queryPageByCondition` lists. Read one from a service error with [`QueryPageByConditionErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueryPageByConditionErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl QueryPageByConditionErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `queryResourceBills`, made by [`Client::query_resource_bills`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct QueryResourceBills {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    app_code: ::std::option::Option<::std::string::String>,
    billing_type: ::std::option::Option<i32>,
    end_time: ::std::option::Option<::std::string::String>,
    ignore_zero: ::std::option::Option<i32>,
    page_index: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    pay_state: ::std::option::Option<i32>,
    pay_type: ::std::option::Option<i32>,
    query_type: ::std::option::Option<i32>,
    region: ::std::option::Option<::std::string::String>,
    resource_id: ::std::option::Option<::std::string::String>,
    role: ::std::option::Option<i32>,
    service_code: ::std::option::Option<::std::string::String>,
    site: ::std::option::Option<i32>,
    start_time: ::std::option::Option<::std::string::String>,
    time_type: ::std::option::Option<i32>,
}
impl QueryResourceBills {
    /// `appCode`: appCode
    pub fn app_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.app_code = ::std::option::Option::Some(value.into());
        self
    }
    /// `billingType`: billingType
    pub fn billing_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `endTime`: endTime
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `ignoreZero`: ignoreZero
    pub fn ignore_zero(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ignore_zero = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageIndex`: pageIndex
    pub fn page_index(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_index = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: pageSize
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `payState`: payState
    pub fn pay_state(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.pay_state = ::std::option::Option::Some(value.into());
        self
    }
    /// `payType`: payType
    pub fn pay_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.pay_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `queryType`: 查询类别   1：资源账单   2：消费记录
    pub fn query_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.query_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `region`: region
    pub fn region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// `resourceId`: resourceId
    pub fn resource_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.resource_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `role`: role
    pub fn role(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.role = ::std::option::Option::Some(value.into());
        self
    }
    /// `serviceCode`: serviceCode
    pub fn service_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.service_code = ::std::option::Option::Some(value.into());
        self
    }
    /// `site`: site
    pub fn site(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.site = ::std::option::Option::Some(value.into());
        self
    }
    /// `startTime`: startTime
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `timeType`: timeType
    pub fn time_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.time_type = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.app_code {
            body.member("appCode", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.billing_type {
            body.member("billingType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.end_time {
            body.member("endTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.ignore_zero {
            body.member("ignoreZero", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_index {
            body.member("pageIndex", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            body.member("pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.pay_state {
            body.member("payState", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.pay_type {
            body.member("payType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.query_type {
            body.member("queryType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.region {
            body.member("region", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.resource_id {
            body.member("resourceId", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.role {
            body.member("role", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.service_code {
            body.member("serviceCode", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.site {
            body.member("site", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.start_time {
            body.member("startTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.time_type {
            body.member("timeType", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/resourceBills",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "billing", "v1", path)
                .with_operation("queryResourceBills");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<QueryResourceBillsResult>,
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
        crate::runtime::Response<QueryResourceBillsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `queryResourceBills` lists. Read one from a service error with [`QueryResourceBillsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueryResourceBillsErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl QueryResourceBillsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `sendResourceOrderStatusMessage`, made by [`Client::send_resource_order_status_message`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendResourceOrderStatusMessage {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    cmd: i32,
    operate_time: ::std::option::Option<::std::string::String>,
    operator_name: ::std::string::String,
    operator_type: i32,
    order_list: ::std::option::Option<::std::vec::Vec<ResourceOrderStatusVo>>,
}
impl SendResourceOrderStatusMessage {
    /// `operateTime`: 操作时间
    pub fn operate_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.operate_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `orderList`: 资源单信息
    pub fn order_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ResourceOrderStatusVo>>,
    ) -> Self {
        self.order_list = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("cmd", &self.cmd)?;
        if let ::std::option::Option::Some(value) = &self.operate_time {
            body.member("operateTime", value)?;
        }
        body.member("operatorName", &self.operator_name)?;
        body.member("operatorType", &self.operator_type)?;
        if let ::std::option::Option::Some(value) = &self.order_list {
            body.member("orderList", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/sendResourceOrderStatusMessage",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "billing", "v1", path)
                .with_operation("sendResourceOrderStatusMessage");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<SendResourceOrderStatusMessageResult>,
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
        crate::runtime::Response<SendResourceOrderStatusMessageResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `sendResourceOrderStatusMessage` lists. Read one from a service error with [`SendResourceOrderStatusMessageErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SendResourceOrderStatusMessageErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl SendResourceOrderStatusMessageErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
