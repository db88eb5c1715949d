//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `AdminQueryBillStatisticsInfoResult`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/adminQueryBillStatisticsInfo.md` *line 43.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AdminQueryBillStatisticsInfoResult {
    /// `billStatisticsInfoVo`
    #[serde(
        rename = "billStatisticsInfoVo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_statistics_info_vo: ::std::option::Option<BillStatisticsInfoVo>,
}
impl AdminQueryBillStatisticsInfoResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `billStatisticsInfoVo`.
    pub fn with_bill_statistics_info_vo(
        mut self,
        value: impl ::std::convert::Into<BillStatisticsInfoVo>,
    ) -> Self {
        self.bill_statistics_info_vo = ::std::option::Option::Some(value.into());
        self
    }
}
/// `BillStatisticsInfoVo`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/adminQueryBillStatisticsInfo.md` *line 47.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BillStatisticsInfoVo {
    /// 欠费金额
    #[serde(
        rename = "arrearFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub arrear_fee: ::std::option::Option<f64>,
    /// 余额支付金额
    #[serde(
        rename = "balancePayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub balance_pay_fee: ::std::option::Option<f64>,
    /// 账单金额
    #[serde(
        rename = "billFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_fee: ::std::option::Option<f64>,
    /// 优惠券支付金额
    #[serde(
        rename = "cashCouponPayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cash_coupon_pay_fee: ::std::option::Option<f64>,
    /// 现金支付金额
    #[serde(
        rename = "cashPayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cash_pay_fee: ::std::option::Option<f64>,
    /// 折扣金额
    #[serde(
        rename = "discountFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_fee: ::std::option::Option<f64>,
    /// 总金额
    #[serde(
        rename = "totalFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_fee: ::std::option::Option<f64>,
}
impl BillStatisticsInfoVo {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `arrearFee`.
    pub fn with_arrear_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.arrear_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `balancePayFee`.
    pub fn with_balance_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.balance_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billFee`.
    pub fn with_bill_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.bill_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cashCouponPayFee`.
    pub fn with_cash_coupon_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.cash_coupon_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cashPayFee`.
    pub fn with_cash_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.cash_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `discountFee`.
    pub fn with_discount_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.discount_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalFee`.
    pub fn with_total_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_fee = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CalculateCompensateFeeAndSendCouponsResult`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/calculateCompensateFeeAndSendCoupons.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CalculateCompensateFeeAndSendCouponsResult {
    /// 用户pin
    #[serde(
        rename = "pin",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pin: ::std::option::Option<::std::string::String>,
    /// 订单信息
    #[serde(
        rename = "resourceList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_list: ::std::option::Option<::std::vec::Vec<OrderCompensateFeeVo>>,
    /// 计算总价
    #[serde(
        rename = "totalCompensateFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_compensate_fee: ::std::option::Option<f64>,
}
impl CalculateCompensateFeeAndSendCouponsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `pin`.
    pub fn with_pin(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.pin = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `resourceList`.
    pub fn with_resource_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<OrderCompensateFeeVo>>,
    ) -> Self {
        self.resource_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCompensateFee`.
    pub fn with_total_compensate_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_compensate_fee = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CalculateTotalPriceResult`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/calculateTotalPrice.md` *line 60.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CalculateTotalPriceResult {
    /// 折扣后订单价格
    #[serde(
        rename = "discountedTotalPrice",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discounted_total_price: ::std::option::Option<f64>,
    /// 参与优惠的明细
    #[serde(
        rename = "favorableInfos",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub favorable_infos: ::std::option::Option<::std::string::String>,
    /// 计算完价格后的详细订单列表
    #[serde(
        rename = "list",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub list: ::std::option::Option<::std::vec::Vec<OrderPriceDetail>>,
    /// 备注
    #[serde(
        rename = "remark",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remark: ::std::option::Option<::std::string::String>,
    /// 总折扣金额
    #[serde(
        rename = "totalDiscount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_discount: ::std::option::Option<f64>,
    /// 订单原价 包年时 一年原价为12个月价格，totalPrice为10个月价格
    #[serde(
        rename = "totalOriginalPrice",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_original_price: ::std::option::Option<f64>,
    /// 订单折扣前总价
    #[serde(
        rename = "totalPrice",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_price: ::std::option::Option<f64>,
    /// 订单折扣前总价4位
    #[serde(
        rename = "totalPriceScale4",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_price_scale4: ::std::option::Option<f64>,
    /// 各订单单价总和
    #[serde(
        rename = "totalUnitPrice",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_unit_price: ::std::option::Option<::std::string::String>,
}
impl CalculateTotalPriceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `discountedTotalPrice`.
    pub fn with_discounted_total_price(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.discounted_total_price = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `favorableInfos`.
    pub fn with_favorable_infos(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.favorable_infos = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `list`.
    pub fn with_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<OrderPriceDetail>>,
    ) -> Self {
        self.list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remark`.
    pub fn with_remark(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.remark = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalDiscount`.
    pub fn with_total_discount(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_discount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalOriginalPrice`.
    pub fn with_total_original_price(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_original_price = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalPrice`.
    pub fn with_total_price(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_price = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalPriceScale4`.
    pub fn with_total_price_scale4(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_price_scale4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalUnitPrice`.
    pub fn with_total_unit_price(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.total_unit_price = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ConsumeBillQueryResultItem`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/queryConsumeBills.md` *line 57.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ConsumeBillQueryResultItem {
    /// appCode
    #[serde(
        rename = "appCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_code: ::std::option::Option<::std::string::String>,
    /// appCodeName
    #[serde(
        rename = "appCodeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_code_name: ::std::option::Option<::std::string::String>,
    /// 欠费金额
    #[serde(
        rename = "arrearFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub arrear_fee: ::std::option::Option<f64>,
    /// 余额支付金额
    #[serde(
        rename = "balancePayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub balance_pay_fee: ::std::option::Option<f64>,
    /// 账单结束时间
    #[serde(
        rename = "billEnd",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_end: ::std::option::Option<::std::string::String>,
    /// 账单金额
    #[serde(
        rename = "billFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_fee: ::std::option::Option<f64>,
    /// 账单id
    #[serde(
        rename = "billId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_id: ::std::option::Option<f64>,
    /// 账单开始时间
    #[serde(
        rename = "billStart",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_start: ::std::option::Option<::std::string::String>,
    /// 账单日期
    #[serde(
        rename = "billTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_time: ::std::option::Option<::std::string::String>,
    /// 计费类型
    #[serde(
        rename = "billingType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_type: ::std::option::Option<i32>,
    /// 计费类型描述
    #[serde(
        rename = "billingTypeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_type_name: ::std::option::Option<::std::string::String>,
    /// 代金券支付金额
    #[serde(
        rename = "cashCouponPayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cash_coupon_pay_fee: ::std::option::Option<f64>,
    /// 现金支付金额
    #[serde(
        rename = "cashPayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cash_pay_fee: ::std::option::Option<f64>,
    /// 创建时间
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 折扣金额
    #[serde(
        rename = "discountFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_fee: ::std::option::Option<f64>,
    /// 规格
    #[serde(
        rename = "formula",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub formula: ::std::option::Option<::std::string::String>,
    /// 规格
    #[serde(
        rename = "formulaStr",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub formula_str: ::std::option::Option<::std::string::String>,
    /// 支付状态
    #[serde(
        rename = "payState",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pay_state: ::std::option::Option<i32>,
    /// 用户pin
    #[serde(
        rename = "pin",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pin: ::std::option::Option<::std::string::String>,
    /// 区域
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// 资源id
    #[serde(
        rename = "resourceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// serviceCode
    #[serde(
        rename = "serviceCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code: ::std::option::Option<::std::string::String>,
    /// serviceCodeName
    #[serde(
        rename = "serviceCodeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code_name: ::std::option::Option<::std::string::String>,
    /// 结算时间
    #[serde(
        rename = "settleTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub settle_time: ::std::option::Option<::std::string::String>,
    /// 新老计费标识（1:老计费   2：新计费）
    #[serde(
        rename = "systemType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_type: ::std::option::Option<i32>,
    /// 账单总额
    #[serde(
        rename = "totalFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_fee: ::std::option::Option<f64>,
}
impl ConsumeBillQueryResultItem {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `appCode`.
    pub fn with_app_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.app_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `appCodeName`.
    pub fn with_app_code_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.app_code_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `arrearFee`.
    pub fn with_arrear_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.arrear_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `balancePayFee`.
    pub fn with_balance_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.balance_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billEnd`.
    pub fn with_bill_end(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bill_end = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billFee`.
    pub fn with_bill_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.bill_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billId`.
    pub fn with_bill_id(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.bill_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billStart`.
    pub fn with_bill_start(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bill_start = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billTime`.
    pub fn with_bill_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bill_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingType`.
    pub fn with_billing_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingTypeName`.
    pub fn with_billing_type_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.billing_type_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cashCouponPayFee`.
    pub fn with_cash_coupon_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.cash_coupon_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cashPayFee`.
    pub fn with_cash_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.cash_pay_fee = ::std::option::Option::Some(value.into());
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
    /// Sets `discountFee`.
    pub fn with_discount_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.discount_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `formula`.
    pub fn with_formula(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.formula = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `formulaStr`.
    pub fn with_formula_str(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.formula_str = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payState`.
    pub fn with_pay_state(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.pay_state = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pin`.
    pub fn with_pin(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.pin = ::std::option::Option::Some(value.into());
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
    /// Sets `serviceCodeName`.
    pub fn with_service_code_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_code_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `settleTime`.
    pub fn with_settle_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.settle_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `systemType`.
    pub fn with_system_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.system_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalFee`.
    pub fn with_total_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_fee = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ConsumeRecord`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/queryConsumeRecords.md` *line 55.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ConsumeRecord {
    /// appCode
    #[serde(
        rename = "appCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_code: ::std::option::Option<::std::string::String>,
    /// 账单金额
    #[serde(
        rename = "billFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_fee: ::std::option::Option<f64>,
    /// 账单金额保留小数点后2位
    #[serde(
        rename = "billFee2",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_fee2: ::std::option::Option<f64>,
    /// 消费记录id
    #[serde(
        rename = "billingRecordId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_record_id: ::std::option::Option<i32>,
    /// 计费类型
    #[serde(
        rename = "billingType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_type: ::std::option::Option<i32>,
    /// 优惠金额
    #[serde(
        rename = "couponFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub coupon_fee: ::std::option::Option<f64>,
    /// 优惠券id
    #[serde(
        rename = "couponId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub coupon_id: ::std::option::Option<::std::string::String>,
    /// 创建日期
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 折扣金额
    #[serde(
        rename = "discountFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_fee: ::std::option::Option<f64>,
    /// 结束时间
    #[serde(
        rename = "endTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// 规格
    #[serde(
        rename = "formula",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub formula: ::std::option::Option<::std::string::String>,
    /// 消费记录数据库唯一id
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<f64>,
    /// `isBillGenerated`
    #[serde(
        rename = "isBillGenerated",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_bill_generated: ::std::option::Option<i32>,
    /// 用户pin
    #[serde(
        rename = "pin",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pin: ::std::option::Option<::std::string::String>,
    /// 价格快照
    #[serde(
        rename = "priceSnapShot",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price_snap_shot: ::std::option::Option<::std::string::String>,
    /// 退款单号
    #[serde(
        rename = "refundNo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub refund_no: ::std::option::Option<::std::string::String>,
    /// 区域
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// 资源id
    #[serde(
        rename = "resourceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// serviceCode
    #[serde(
        rename = "serviceCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code: ::std::option::Option<::std::string::String>,
    /// 开始时间
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// 子账单id
    #[serde(
        rename = "subBillId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sub_bill_id: ::std::option::Option<f64>,
    /// 交易单号
    #[serde(
        rename = "transactionNo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_no: ::std::option::Option<::std::string::String>,
}
impl ConsumeRecord {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `appCode`.
    pub fn with_app_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.app_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billFee`.
    pub fn with_bill_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.bill_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billFee2`.
    pub fn with_bill_fee2(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.bill_fee2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingRecordId`.
    pub fn with_billing_record_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_record_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingType`.
    pub fn with_billing_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `couponFee`.
    pub fn with_coupon_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.coupon_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `couponId`.
    pub fn with_coupon_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.coupon_id = ::std::option::Option::Some(value.into());
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
    /// Sets `discountFee`.
    pub fn with_discount_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.discount_fee = ::std::option::Option::Some(value.into());
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
    /// Sets `formula`.
    pub fn with_formula(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.formula = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `isBillGenerated`.
    pub fn with_is_bill_generated(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.is_bill_generated = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pin`.
    pub fn with_pin(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.pin = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `priceSnapShot`.
    pub fn with_price_snap_shot(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.price_snap_shot = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `refundNo`.
    pub fn with_refund_no(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.refund_no = ::std::option::Option::Some(value.into());
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
    /// Sets `startTime`.
    pub fn with_start_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `subBillId`.
    pub fn with_sub_bill_id(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.sub_bill_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transactionNo`.
    pub fn with_transaction_no(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_no = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Consumption`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/queryConsumptionOverView.md` *line 58.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Consumption {
    /// 优惠后金额
    #[serde(
        rename = "actualFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub actual_fee: ::std::option::Option<f64>,
    /// 欠费金额
    #[serde(
        rename = "arrearFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub arrear_fee: ::std::option::Option<f64>,
    /// 余额支付
    #[serde(
        rename = "balancePayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub balance_pay_fee: ::std::option::Option<f64>,
    /// 计费类型
    #[serde(
        rename = "billingType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_type: ::std::option::Option<i32>,
    /// 优惠券支付金额
    #[serde(
        rename = "cashCouponPayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cash_coupon_pay_fee: ::std::option::Option<f64>,
    /// 现金支付
    #[serde(
        rename = "cashPayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cash_pay_fee: ::std::option::Option<f64>,
    /// 支付类型
    #[serde(
        rename = "payType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pay_type: ::std::option::Option<i32>,
}
impl Consumption {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `actualFee`.
    pub fn with_actual_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.actual_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `arrearFee`.
    pub fn with_arrear_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.arrear_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `balancePayFee`.
    pub fn with_balance_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.balance_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingType`.
    pub fn with_billing_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cashCouponPayFee`.
    pub fn with_cash_coupon_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.cash_coupon_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cashPayFee`.
    pub fn with_cash_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.cash_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payType`.
    pub fn with_pay_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.pay_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ConsumptionProduct`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/queryConsumptionOverView.md` *line 44.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ConsumptionProduct {
    /// 优惠后金额
    #[serde(
        rename = "actualFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub actual_fee: ::std::option::Option<f64>,
    /// appCode
    #[serde(
        rename = "appCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_code: ::std::option::Option<::std::string::String>,
    /// appCodeName
    #[serde(
        rename = "appCodeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_code_name: ::std::option::Option<::std::string::String>,
    /// 欠费金额
    #[serde(
        rename = "arrearFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub arrear_fee: ::std::option::Option<f64>,
    /// 余额支付
    #[serde(
        rename = "balancePayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub balance_pay_fee: ::std::option::Option<f64>,
    /// 代金券支付金额
    #[serde(
        rename = "cashCouponPayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cash_coupon_pay_fee: ::std::option::Option<f64>,
    /// 现金支付
    #[serde(
        rename = "cashPayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cash_pay_fee: ::std::option::Option<f64>,
    /// `productDetailList`
    #[serde(
        rename = "productDetailList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_detail_list: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// `productDetails`
    #[serde(
        rename = "productDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_details: ::std::option::Option<::std::vec::Vec<Consumption>>,
    /// serviceCode
    #[serde(
        rename = "serviceCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code: ::std::option::Option<::std::string::String>,
    /// serviceCodeName
    #[serde(
        rename = "serviceCodeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code_name: ::std::option::Option<::std::string::String>,
}
impl ConsumptionProduct {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `actualFee`.
    pub fn with_actual_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.actual_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `appCode`.
    pub fn with_app_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.app_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `appCodeName`.
    pub fn with_app_code_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.app_code_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `arrearFee`.
    pub fn with_arrear_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.arrear_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `balancePayFee`.
    pub fn with_balance_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.balance_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cashCouponPayFee`.
    pub fn with_cash_coupon_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.cash_coupon_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cashPayFee`.
    pub fn with_cash_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.cash_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `productDetailList`.
    pub fn with_product_detail_list(
        mut self,
        value: impl ::std::convert::Into<
            ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
        >,
    ) -> Self {
        self.product_detail_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `productDetails`.
    pub fn with_product_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Consumption>>,
    ) -> Self {
        self.product_details = ::std::option::Option::Some(value.into());
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
    /// Sets `serviceCodeName`.
    pub fn with_service_code_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_code_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Formula`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/getExpiringOrders.md` *line 119.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Formula {
    /// 计费项别名
    #[serde(
        rename = "key",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key: ::std::option::Option<::std::string::String>,
    /// 计费项数量
    #[serde(
        rename = "number",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub number: ::std::option::Option<f64>,
    /// 单位
    #[serde(
        rename = "unit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit: ::std::option::Option<::std::string::String>,
    /// 用量
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<f64>,
}
impl Formula {
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
    /// Sets `number`.
    pub fn with_number(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unit`.
    pub fn with_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.unit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn with_value(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetBillDetailResult`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/getBillDetail.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetBillDetailResult {
    /// `actualFee`
    #[serde(
        rename = "actualFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub actual_fee: ::std::option::Option<f64>,
    /// `appCode`
    #[serde(
        rename = "appCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_code: ::std::option::Option<::std::string::String>,
    /// `appCodeName`
    #[serde(
        rename = "appCodeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_code_name: ::std::option::Option<::std::string::String>,
    /// `arrearFee`
    #[serde(
        rename = "arrearFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub arrear_fee: ::std::option::Option<f64>,
    /// `balancePayFee`
    #[serde(
        rename = "balancePayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub balance_pay_fee: ::std::option::Option<f64>,
    /// `billFee`
    #[serde(
        rename = "billFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_fee: ::std::option::Option<f64>,
    /// `billFee2`
    #[serde(
        rename = "billFee2",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_fee2: ::std::option::Option<f64>,
    /// `billId`
    #[serde(
        rename = "billId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_id: ::std::option::Option<f64>,
    /// `billingType`
    #[serde(
        rename = "billingType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_type: ::std::option::Option<i32>,
    /// `billingTypeName`
    #[serde(
        rename = "billingTypeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_type_name: ::std::option::Option<::std::string::String>,
    /// `cashCouponFee`
    #[serde(
        rename = "cashCouponFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cash_coupon_fee: ::std::option::Option<f64>,
    /// `cashPayFee`
    #[serde(
        rename = "cashPayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cash_pay_fee: ::std::option::Option<f64>,
    /// `couponFee`
    #[serde(
        rename = "couponFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub coupon_fee: ::std::option::Option<f64>,
    /// `couponId`
    #[serde(
        rename = "couponId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub coupon_id: ::std::option::Option<::std::string::String>,
    /// `createTime`
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// `discountFee`
    #[serde(
        rename = "discountFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_fee: ::std::option::Option<f64>,
    /// `endTime`
    #[serde(
        rename = "endTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `formula`
    #[serde(
        rename = "formula",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub formula: ::std::option::Option<::std::string::String>,
    /// `formulaStr`
    #[serde(
        rename = "formulaStr",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub formula_str: ::std::option::Option<::std::string::String>,
    /// `paySate`
    #[serde(
        rename = "paySate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pay_sate: ::std::option::Option<i32>,
    /// `pin`
    #[serde(
        rename = "pin",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pin: ::std::option::Option<::std::string::String>,
    /// `region`
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// `resourceId`
    #[serde(
        rename = "resourceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// `resourceName`
    #[serde(
        rename = "resourceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_name: ::std::option::Option<::std::string::String>,
    /// `serviceCode`
    #[serde(
        rename = "serviceCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code: ::std::option::Option<::std::string::String>,
    /// `serviceCodeName`
    #[serde(
        rename = "serviceCodeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code_name: ::std::option::Option<::std::string::String>,
    /// `site`
    #[serde(
        rename = "site",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub site: ::std::option::Option<i32>,
    /// `startTime`
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `systemType`
    #[serde(
        rename = "systemType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_type: ::std::option::Option<i32>,
}
impl GetBillDetailResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `actualFee`.
    pub fn with_actual_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.actual_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `appCode`.
    pub fn with_app_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.app_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `appCodeName`.
    pub fn with_app_code_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.app_code_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `arrearFee`.
    pub fn with_arrear_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.arrear_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `balancePayFee`.
    pub fn with_balance_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.balance_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billFee`.
    pub fn with_bill_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.bill_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billFee2`.
    pub fn with_bill_fee2(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.bill_fee2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billId`.
    pub fn with_bill_id(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.bill_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingType`.
    pub fn with_billing_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingTypeName`.
    pub fn with_billing_type_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.billing_type_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cashCouponFee`.
    pub fn with_cash_coupon_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.cash_coupon_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cashPayFee`.
    pub fn with_cash_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.cash_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `couponFee`.
    pub fn with_coupon_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.coupon_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `couponId`.
    pub fn with_coupon_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.coupon_id = ::std::option::Option::Some(value.into());
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
    /// Sets `discountFee`.
    pub fn with_discount_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.discount_fee = ::std::option::Option::Some(value.into());
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
    /// Sets `formula`.
    pub fn with_formula(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.formula = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `formulaStr`.
    pub fn with_formula_str(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.formula_str = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `paySate`.
    pub fn with_pay_sate(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.pay_sate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pin`.
    pub fn with_pin(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.pin = ::std::option::Option::Some(value.into());
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
    /// Sets `resourceName`.
    pub fn with_resource_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_name = ::std::option::Option::Some(value.into());
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
    /// Sets `serviceCodeName`.
    pub fn with_service_code_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_code_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `site`.
    pub fn with_site(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.site = ::std::option::Option::Some(value.into());
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
    /// Sets `systemType`.
    pub fn with_system_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.system_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetExpiringOrdersResult`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/getExpiringOrders.md` *line 60.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetExpiringOrdersResult {
    /// `pagination`
    #[serde(
        rename = "pagination",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pagination: ::std::option::Option<Pagination>,
    /// `result`
    #[serde(
        rename = "result",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub result: ::std::option::Option<::std::vec::Vec<ResourceOrderVo>>,
}
impl GetExpiringOrdersResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `pagination`.
    pub fn with_pagination(mut self, value: impl ::std::convert::Into<Pagination>) -> Self {
        self.pagination = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `result`.
    pub fn with_result(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ResourceOrderVo>>,
    ) -> Self {
        self.result = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetResourceNameResult`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/getResourceName.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetResourceNameResult {
    /// `resourceName`
    #[serde(
        rename = "resourceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_name: ::std::option::Option<::std::string::String>,
}
impl GetResourceNameResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `resourceName`.
    pub fn with_resource_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// `IsArrearResult`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/isArrear.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct IsArrearResult {
    /// 结果
    #[serde(
        rename = "result",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub result: ::std::option::Option<bool>,
}
impl IsArrearResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `result`.
    pub fn with_result(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.result = ::std::option::Option::Some(value.into());
        self
    }
}
/// `OrderCompensateFeeVo`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/calculateCompensateFeeAndSendCoupons.md` *line 36.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct OrderCompensateFeeVo {
    /// 应用码
    #[serde(
        rename = "appCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_code: ::std::option::Option<::std::string::String>,
    /// 计费类型 1:按配置 2:按用量 3:包年包月 4:一次性
    #[serde(
        rename = "billingType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_type: ::std::option::Option<i32>,
    /// 结束时间
    #[serde(
        rename = "endTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// 用户pin
    #[serde(
        rename = "pin",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pin: ::std::option::Option<::std::string::String>,
    /// 资源区域
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// 资源id
    #[serde(
        rename = "resourceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// 服务码
    #[serde(
        rename = "serviceCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code: ::std::option::Option<::std::string::String>,
    /// 开始时间
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// 计算总价
    #[serde(
        rename = "totalFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_fee: ::std::option::Option<f64>,
}
impl OrderCompensateFeeVo {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `appCode`.
    pub fn with_app_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.app_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingType`.
    pub fn with_billing_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_type = ::std::option::Option::Some(value.into());
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
    /// Sets `pin`.
    pub fn with_pin(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.pin = ::std::option::Option::Some(value.into());
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
    /// Sets `startTime`.
    pub fn with_start_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalFee`.
    pub fn with_total_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_fee = ::std::option::Option::Some(value.into());
        self
    }
}
/// `OrderPriceDetail`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/calculateTotalPrice.md` *line 72.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct OrderPriceDetail {
    /// 业务线
    #[serde(
        rename = "appCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_code: ::std::option::Option<::std::string::String>,
    /// 计费类型1:按配置2:按用量3:包年包月
    #[serde(
        rename = "billingType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_type: ::std::option::Option<i32>,
    /// 折扣金额
    #[serde(
        rename = "discount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount: ::std::option::Option<f64>,
    /// 折扣后订单金额
    #[serde(
        rename = "discountedPrice",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discounted_price: ::std::option::Option<f64>,
    /// 结束时间
    #[serde(
        rename = "endTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// FavorableInfo转成json后的字符串
    #[serde(
        rename = "favorableInfo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub favorable_info: ::std::option::Option<::std::string::String>,
    /// 配置信息
    #[serde(
        rename = "formula",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub formula: ::std::option::Option<::std::vec::Vec<Formula>>,
    /// 网络类型 0:non1:非BGP2:BGP
    #[serde(
        rename = "networkOperator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_operator: ::std::option::Option<i32>,
    /// 订单原价 包年时 一年原价为12个月价格，totalPrice为10个月价格
    #[serde(
        rename = "originalPrice",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_price: ::std::option::Option<f64>,
    /// 用户pin
    #[serde(
        rename = "pin",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pin: ::std::option::Option<::std::string::String>,
    /// 折扣前总价
    #[serde(
        rename = "price",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price: ::std::option::Option<f64>,
    /// 四位小数价格
    #[serde(
        rename = "priceScale4",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price_scale4: ::std::option::Option<f64>,
    /// 价格快照
    #[serde(
        rename = "priceSnapShot",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price_snap_shot: ::std::option::Option<::std::string::String>,
    /// 变配明细（1-升配补差价，2-降配延时）
    #[serde(
        rename = "processType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub process_type: ::std::option::Option<i32>,
    /// 地域
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// 资源id
    #[serde(
        rename = "resourceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// 产品线
    #[serde(
        rename = "serviceCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code: ::std::option::Option<::std::string::String>,
    /// 站点  0:主站  其他:专有云
    #[serde(
        rename = "site",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub site: ::std::option::Option<i32>,
    /// 交易单模块sourceId
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_id: ::std::option::Option<::std::string::String>,
    /// 开始时间
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// 自然单列表
    #[serde(
        rename = "taskId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::std::string::String>,
    /// 时长
    #[serde(
        rename = "timeSpan",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_span: ::std::option::Option<i32>,
    /// 时长类型 1:小时2:天3:月4:年
    #[serde(
        rename = "timeUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_unit: ::std::option::Option<i32>,
}
impl OrderPriceDetail {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `appCode`.
    pub fn with_app_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.app_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingType`.
    pub fn with_billing_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `discount`.
    pub fn with_discount(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.discount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `discountedPrice`.
    pub fn with_discounted_price(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.discounted_price = ::std::option::Option::Some(value.into());
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
    /// Sets `favorableInfo`.
    pub fn with_favorable_info(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.favorable_info = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `formula`.
    pub fn with_formula(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Formula>>,
    ) -> Self {
        self.formula = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `networkOperator`.
    pub fn with_network_operator(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.network_operator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `originalPrice`.
    pub fn with_original_price(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.original_price = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pin`.
    pub fn with_pin(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.pin = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `price`.
    pub fn with_price(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.price = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `priceScale4`.
    pub fn with_price_scale4(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.price_scale4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `priceSnapShot`.
    pub fn with_price_snap_shot(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.price_snap_shot = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `processType`.
    pub fn with_process_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.process_type = ::std::option::Option::Some(value.into());
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
    /// Sets `site`.
    pub fn with_site(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.site = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sourceId`.
    pub fn with_source_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_id = ::std::option::Option::Some(value.into());
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
    /// Sets `taskId`.
    pub fn with_task_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.task_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `timeSpan`.
    pub fn with_time_span(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.time_span = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `timeUnit`.
    pub fn with_time_unit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.time_unit = ::std::option::Option::Some(value.into());
        self
    }
}
/// `OrderPriceProtocol`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/calculateTotalPrice.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct OrderPriceProtocol {
    /// 业务线
    #[serde(
        rename = "appCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_code: ::std::option::Option<::std::string::String>,
    /// 计费类型 1:按配置 2:按用量 3:包年包月
    #[serde(
        rename = "billingType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_type: ::std::option::Option<i32>,
    /// 具体商品数量，默认为1
    #[serde(
        rename = "count",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub count: ::std::option::Option<i32>,
    /// 计算公式（配置细项）
    #[serde(
        rename = "formula",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub formula: ::std::option::Option<::std::vec::Vec<Formula>>,
    /// 配置细项
    #[serde(
        rename = "formulaStr",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub formula_str: ::std::option::Option<::std::string::String>,
    /// 网络类型 0:non 1:非BGP  2:BGP
    #[serde(
        rename = "networkOperator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_operator: ::std::option::Option<i32>,
    /// 用户pin
    #[serde(
        rename = "pin",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pin: ::std::option::Option<::std::string::String>,
    /// 地域
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// 资源id
    #[serde(
        rename = "resourceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// 产品线
    #[serde(
        rename = "serviceCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code: ::std::option::Option<::std::string::String>,
    /// 站点信息 0：主站  其他：专有云
    #[serde(
        rename = "site",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub site: ::std::option::Option<i32>,
    /// 交易单模块sourceId
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_id: ::std::option::Option<::std::string::String>,
    /// 订单开始时间
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// 自然单列表
    #[serde(
        rename = "taskId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::std::string::String>,
    /// 时长
    #[serde(
        rename = "timeSpan",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_span: ::std::option::Option<i32>,
    /// 时长类型 0:无(非包年包月) 1:小时 2:天 3:月 4:年
    #[serde(
        rename = "timeUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_unit: ::std::option::Option<i32>,
}
impl OrderPriceProtocol {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `appCode`.
    pub fn with_app_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.app_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingType`.
    pub fn with_billing_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `count`.
    pub fn with_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `formula`.
    pub fn with_formula(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Formula>>,
    ) -> Self {
        self.formula = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `formulaStr`.
    pub fn with_formula_str(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.formula_str = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `networkOperator`.
    pub fn with_network_operator(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.network_operator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pin`.
    pub fn with_pin(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.pin = ::std::option::Option::Some(value.into());
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
    /// Sets `site`.
    pub fn with_site(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.site = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sourceId`.
    pub fn with_source_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_id = ::std::option::Option::Some(value.into());
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
    /// Sets `taskId`.
    pub fn with_task_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.task_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `timeSpan`.
    pub fn with_time_span(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.time_span = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `timeUnit`.
    pub fn with_time_unit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.time_unit = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Pagination`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/queryResourceBills.md` *line 49.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Pagination {
    /// 当前页
    #[serde(
        rename = "currPageNo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub curr_page_no: ::std::option::Option<i32>,
    /// 页数
    #[serde(
        rename = "numberPages",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub number_pages: ::std::option::Option<i32>,
    /// 每页记录数
    #[serde(
        rename = "numberRecords",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub number_records: ::std::option::Option<i32>,
    /// 页面大小
    #[serde(
        rename = "pageSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// 起始页
    #[serde(
        rename = "startIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_index: ::std::option::Option<i32>,
}
impl Pagination {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `currPageNo`.
    pub fn with_curr_page_no(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.curr_page_no = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `numberPages`.
    pub fn with_number_pages(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.number_pages = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `numberRecords`.
    pub fn with_number_records(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.number_records = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pageSize`.
    pub fn with_page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `startIndex`.
    pub fn with_start_index(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.start_index = ::std::option::Option::Some(value.into());
        self
    }
}
/// `QueryBillStatisticsInfoResult`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/queryBillStatisticsInfo.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct QueryBillStatisticsInfoResult {
    /// 欠费金额
    #[serde(
        rename = "arrearFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub arrear_fee: ::std::option::Option<f64>,
    /// 余额支付金额
    #[serde(
        rename = "balancePayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub balance_pay_fee: ::std::option::Option<f64>,
    /// 账单金额
    #[serde(
        rename = "billFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_fee: ::std::option::Option<f64>,
    /// 优惠券支付金额
    #[serde(
        rename = "cashCouponPayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cash_coupon_pay_fee: ::std::option::Option<f64>,
    /// 现金支付金额
    #[serde(
        rename = "cashPayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cash_pay_fee: ::std::option::Option<f64>,
    /// 折扣金额
    #[serde(
        rename = "discountFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_fee: ::std::option::Option<f64>,
    /// 总金额
    #[serde(
        rename = "totalFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_fee: ::std::option::Option<f64>,
}
impl QueryBillStatisticsInfoResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `arrearFee`.
    pub fn with_arrear_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.arrear_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `balancePayFee`.
    pub fn with_balance_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.balance_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billFee`.
    pub fn with_bill_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.bill_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cashCouponPayFee`.
    pub fn with_cash_coupon_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.cash_coupon_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cashPayFee`.
    pub fn with_cash_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.cash_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `discountFee`.
    pub fn with_discount_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.discount_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalFee`.
    pub fn with_total_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_fee = ::std::option::Option::Some(value.into());
        self
    }
}
/// `QueryConsumeBillsResult`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/queryConsumeBills.md` *line 44.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct QueryConsumeBillsResult {
    /// `pagination`
    #[serde(
        rename = "pagination",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pagination: ::std::option::Option<Pagination>,
    /// `result`
    #[serde(
        rename = "result",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub result: ::std::option::Option<::std::vec::Vec<ConsumeBillQueryResultItem>>,
}
impl QueryConsumeBillsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `pagination`.
    pub fn with_pagination(mut self, value: impl ::std::convert::Into<Pagination>) -> Self {
        self.pagination = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `result`.
    pub fn with_result(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ConsumeBillQueryResultItem>>,
    ) -> Self {
        self.result = ::std::option::Option::Some(value.into());
        self
    }
}
/// `QueryConsumeRecordsResult`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/queryConsumeRecords.md` *line 42.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct QueryConsumeRecordsResult {
    /// `pagination`
    #[serde(
        rename = "pagination",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pagination: ::std::option::Option<Pagination>,
    /// `result`
    #[serde(
        rename = "result",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub result: ::std::option::Option<::std::vec::Vec<ConsumeRecord>>,
}
impl QueryConsumeRecordsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `pagination`.
    pub fn with_pagination(mut self, value: impl ::std::convert::Into<Pagination>) -> Self {
        self.pagination = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `result`.
    pub fn with_result(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ConsumeRecord>>,
    ) -> Self {
        self.result = ::std::option::Option::Some(value.into());
        self
    }
}
/// `QueryConsumptionOverViewResult`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/queryConsumptionOverView.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct QueryConsumptionOverViewResult {
    /// `actualFee`
    #[serde(
        rename = "actualFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub actual_fee: ::std::option::Option<f64>,
    /// `arrearFee`
    #[serde(
        rename = "arrearFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub arrear_fee: ::std::option::Option<f64>,
    /// `balancePayFee`
    #[serde(
        rename = "balancePayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub balance_pay_fee: ::std::option::Option<f64>,
    /// `cashCouponPayFee`
    #[serde(
        rename = "cashCouponPayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cash_coupon_pay_fee: ::std::option::Option<f64>,
    /// `cashPayFee`
    #[serde(
        rename = "cashPayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cash_pay_fee: ::std::option::Option<f64>,
    /// `consumptionList`
    #[serde(
        rename = "consumptionList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consumption_list: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// `consumptionProductVoList`
    #[serde(
        rename = "consumptionProductVoList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consumption_product_vo_list: ::std::option::Option<::std::vec::Vec<ConsumptionProduct>>,
    /// `endTime`
    #[serde(
        rename = "endTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `pin`
    #[serde(
        rename = "pin",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pin: ::std::option::Option<::std::string::String>,
    /// `startTime`
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
}
impl QueryConsumptionOverViewResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `actualFee`.
    pub fn with_actual_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.actual_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `arrearFee`.
    pub fn with_arrear_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.arrear_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `balancePayFee`.
    pub fn with_balance_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.balance_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cashCouponPayFee`.
    pub fn with_cash_coupon_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.cash_coupon_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cashPayFee`.
    pub fn with_cash_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.cash_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `consumptionList`.
    pub fn with_consumption_list(
        mut self,
        value: impl ::std::convert::Into<
            ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
        >,
    ) -> Self {
        self.consumption_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `consumptionProductVoList`.
    pub fn with_consumption_product_vo_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ConsumptionProduct>>,
    ) -> Self {
        self.consumption_product_vo_list = ::std::option::Option::Some(value.into());
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
    /// Sets `pin`.
    pub fn with_pin(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.pin = ::std::option::Option::Some(value.into());
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
}
/// `QueryPageByConditionResult`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/queryPageByCondition.md` *line 61.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct QueryPageByConditionResult {
    /// `pagination`
    #[serde(
        rename = "pagination",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pagination: ::std::option::Option<Pagination>,
    /// `result`
    #[serde(
        rename = "result",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub result: ::std::option::Option<::std::vec::Vec<ResourceOrderVo>>,
}
impl QueryPageByConditionResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `pagination`.
    pub fn with_pagination(mut self, value: impl ::std::convert::Into<Pagination>) -> Self {
        self.pagination = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `result`.
    pub fn with_result(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ResourceOrderVo>>,
    ) -> Self {
        self.result = ::std::option::Option::Some(value.into());
        self
    }
}
/// `QueryResourceBillsResult`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/queryResourceBills.md` *line 44.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct QueryResourceBillsResult {
    /// `pagination`
    #[serde(
        rename = "pagination",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pagination: ::std::option::Option<Pagination>,
    /// `result`
    #[serde(
        rename = "result",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub result: ::std::option::Option<::std::vec::Vec<ResourceBillQueryResultItem>>,
}
impl QueryResourceBillsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `pagination`.
    pub fn with_pagination(mut self, value: impl ::std::convert::Into<Pagination>) -> Self {
        self.pagination = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `result`.
    pub fn with_result(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ResourceBillQueryResultItem>>,
    ) -> Self {
        self.result = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ResourceBillQueryResultItem`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/queryResourceBills.md` *line 57.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ResourceBillQueryResultItem {
    /// appCode
    #[serde(
        rename = "appCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_code: ::std::option::Option<::std::string::String>,
    /// 欠费金额
    #[serde(
        rename = "arrearFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub arrear_fee: ::std::option::Option<f64>,
    /// 余额支付金额
    #[serde(
        rename = "balancePayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub balance_pay_fee: ::std::option::Option<f64>,
    /// 账单结束时间
    #[serde(
        rename = "billEndTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_end_time: ::std::option::Option<::std::string::String>,
    /// 账单id
    #[serde(
        rename = "billId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_id: ::std::option::Option<f64>,
    /// 账单开始时间
    #[serde(
        rename = "billStartTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_start_time: ::std::option::Option<::std::string::String>,
    /// 计费类型
    #[serde(
        rename = "billingType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_type: ::std::option::Option<i32>,
    /// 计费类型描述
    #[serde(
        rename = "billingTypeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_type_name: ::std::option::Option<::std::string::String>,
    /// 代金券支付金额
    #[serde(
        rename = "cashCouponPayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cash_coupon_pay_fee: ::std::option::Option<f64>,
    /// 现金支付金额
    #[serde(
        rename = "cashPayFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cash_pay_fee: ::std::option::Option<f64>,
    /// 结束时间
    #[serde(
        rename = "endTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// 1：新购 2：续费 3：配置变更
    #[serde(
        rename = "opTypeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub op_type_name: ::std::option::Option<::std::string::String>,
    /// 用户pin
    #[serde(
        rename = "pin",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pin: ::std::option::Option<::std::string::String>,
    /// 区域
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// 区域名称
    #[serde(
        rename = "regionName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_name: ::std::option::Option<::std::string::String>,
    /// 资源id
    #[serde(
        rename = "resourceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// 资源名称
    #[serde(
        rename = "resourceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_name: ::std::option::Option<::std::string::String>,
    /// serviceCode
    #[serde(
        rename = "serviceCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code: ::std::option::Option<::std::string::String>,
    /// serviceCodeName
    #[serde(
        rename = "serviceCodeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code_name: ::std::option::Option<::std::string::String>,
    /// 结算日期
    #[serde(
        rename = "settleTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub settle_time: ::std::option::Option<::std::string::String>,
    /// 开始时间
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// 1：老计费 2：新计费
    #[serde(
        rename = "systemType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_type: ::std::option::Option<i32>,
    /// 时间
    #[serde(
        rename = "timeSpan",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_span: ::std::option::Option<i32>,
    /// 时间
    #[serde(
        rename = "timeSpanName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_span_name: ::std::option::Option<::std::string::String>,
    /// 时间单位
    #[serde(
        rename = "timeUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_unit: ::std::option::Option<i32>,
    /// 时间单位名称 1：小时 2：天 3：月 4：年
    #[serde(
        rename = "timeUnitName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_unit_name: ::std::option::Option<::std::string::String>,
    /// 总金额
    #[serde(
        rename = "totalFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_fee: ::std::option::Option<f64>,
}
impl ResourceBillQueryResultItem {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `appCode`.
    pub fn with_app_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.app_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `arrearFee`.
    pub fn with_arrear_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.arrear_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `balancePayFee`.
    pub fn with_balance_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.balance_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billEndTime`.
    pub fn with_bill_end_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bill_end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billId`.
    pub fn with_bill_id(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.bill_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billStartTime`.
    pub fn with_bill_start_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bill_start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingType`.
    pub fn with_billing_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingTypeName`.
    pub fn with_billing_type_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.billing_type_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cashCouponPayFee`.
    pub fn with_cash_coupon_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.cash_coupon_pay_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cashPayFee`.
    pub fn with_cash_pay_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.cash_pay_fee = ::std::option::Option::Some(value.into());
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
    /// Sets `opTypeName`.
    pub fn with_op_type_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op_type_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pin`.
    pub fn with_pin(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.pin = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn with_region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `regionName`.
    pub fn with_region_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_name = ::std::option::Option::Some(value.into());
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
    /// Sets `resourceName`.
    pub fn with_resource_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_name = ::std::option::Option::Some(value.into());
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
    /// Sets `serviceCodeName`.
    pub fn with_service_code_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_code_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `settleTime`.
    pub fn with_settle_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.settle_time = ::std::option::Option::Some(value.into());
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
    /// Sets `systemType`.
    pub fn with_system_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.system_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `timeSpan`.
    pub fn with_time_span(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.time_span = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `timeSpanName`.
    pub fn with_time_span_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.time_span_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `timeUnit`.
    pub fn with_time_unit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.time_unit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `timeUnitName`.
    pub fn with_time_unit_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.time_unit_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalFee`.
    pub fn with_total_fee(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_fee = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ResourceOrderStatusVo`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/sendResourceOrderStatusMessage.md` *line 26.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ResourceOrderStatusVo {
    /// 计费状态 0:停止计费 1:计费中
    #[serde(
        rename = "billingStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_status: ::std::option::Option<i32>,
    /// 计费类型 1:按配置 2:按用量 3:包年包月
    #[serde(
        rename = "billingType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_type: ::std::option::Option<i32>,
    /// timeSpan兼容交易系统字段
    #[serde(
        rename = "chargeDuration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_duration: ::std::option::Option<i32>,
    /// billingType兼容交易系统字段
    #[serde(
        rename = "chargeMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_mode: ::std::option::Option<i32>,
    /// timeUnit兼容交易系统字段
    #[serde(
        rename = "chargeUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_unit: ::std::option::Option<i32>,
    /// 结束时间
    #[serde(
        rename = "endTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// 操作时间
    #[serde(
        rename = "operateTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operate_time: ::std::option::Option<::std::string::String>,
    /// 用户pin
    #[serde(rename = "pin", default)]
    pub pin: ::std::string::String,
    /// 资源id
    #[serde(rename = "resourceId", default)]
    pub resource_id: ::std::string::String,
    /// 站点信息 0:中国 1:国际  10:专有云
    #[serde(
        rename = "site",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub site: ::std::option::Option<i32>,
    /// 资源状态 1:正常 2:停服 3:删除
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<i32>,
}
impl ResourceOrderStatusVo {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        pin: impl ::std::convert::Into<::std::string::String>,
        resource_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            pin: pin.into(),
            resource_id: resource_id.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `billingStatus`.
    pub fn with_billing_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingType`.
    pub fn with_billing_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeDuration`.
    pub fn with_charge_duration(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.charge_duration = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeMode`.
    pub fn with_charge_mode(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.charge_mode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeUnit`.
    pub fn with_charge_unit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.charge_unit = ::std::option::Option::Some(value.into());
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
    /// Sets `operateTime`.
    pub fn with_operate_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.operate_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `site`.
    pub fn with_site(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.site = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ResourceOrderVo`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/getExpiringOrders.md` *line 73.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ResourceOrderVo {
    /// 欠费过期状态
    #[serde(
        rename = "aeStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ae_status: ::std::option::Option<i32>,
    /// 应用码
    #[serde(
        rename = "appCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_code: ::std::option::Option<::std::string::String>,
    /// 资源申请人
    #[serde(
        rename = "applicant",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub applicant: ::std::option::Option<::std::string::String>,
    /// 计费类型描述 例如:按配置、包年包月
    #[serde(
        rename = "billingCategoryDescription",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_category_description: ::std::option::Option<::std::string::String>,
    /// 计费模式  1.停服停止计费  2.关机停止计费
    #[serde(
        rename = "billingMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_mode: ::std::option::Option<i32>,
    /// 计费开始时间 续费时本次续费周期开始时间
    #[serde(
        rename = "billingStartTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_start_time: ::std::option::Option<::std::string::String>,
    /// 计费状态 0:停止计费 1:计费中
    #[serde(
        rename = "billingStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_status: ::std::option::Option<i32>,
    /// 计费类型 1:按配置 2:按用量 3:包年包月 4:一次性
    #[serde(
        rename = "billingType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_type: ::std::option::Option<i32>,
    /// 计费类型单号
    #[serde(
        rename = "billingTypeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_type_name: ::std::option::Option<::std::string::String>,
    /// timeSpan兼容交易系统字段
    #[serde(
        rename = "chargeDuration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_duration: ::std::option::Option<i32>,
    /// billingType兼容交易系统字段
    #[serde(
        rename = "chargeMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_mode: ::std::option::Option<i32>,
    /// timeUnit兼容交易系统字段
    #[serde(
        rename = "chargeUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_unit: ::std::option::Option<i32>,
    /// 创建时间
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 计费详情描述 例如:按配置、包年包月（一年）
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 折扣后订单价格
    #[serde(
        rename = "discountedPrice",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discounted_price: ::std::option::Option<f64>,
    /// 结束时间
    #[serde(
        rename = "endTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// 即将到期天数
    #[serde(
        rename = "expiringDays",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expiring_days: ::std::option::Option<i32>,
    /// 促销明细
    #[serde(
        rename = "favorableInfo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub favorable_info: ::std::option::Option<::std::string::String>,
    /// 配置信息
    #[serde(
        rename = "formula",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub formula: ::std::option::Option<::std::vec::Vec<Formula>>,
    /// formula转换成字符串
    #[serde(
        rename = "formulaStr",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub formula_str: ::std::option::Option<::std::string::String>,
    /// 主键id
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<i32>,
    /// 否为试用资源 0:非试用 1:试用
    #[serde(
        rename = "isOnTrial",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_on_trial: ::std::option::Option<i32>,
    /// 网络类型0:无 1: non-BGP, 2: BGP
    #[serde(
        rename = "networkOperator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_operator: ::std::option::Option<i32>,
    /// 启服、停服、停止计费时间
    #[serde(
        rename = "operateTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operate_time: ::std::option::Option<::std::string::String>,
    /// 支付时间
    #[serde(
        rename = "payTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pay_time: ::std::option::Option<::std::string::String>,
    /// 用户pin
    #[serde(
        rename = "pin",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pin: ::std::option::Option<::std::string::String>,
    /// 订单折扣前总价
    #[serde(
        rename = "price",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price: ::std::option::Option<f64>,
    /// 最新价格map
    #[serde(
        rename = "priceMap",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price_map: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// 价格快照
    #[serde(
        rename = "priceSnapshot",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price_snapshot: ::std::option::Option<::std::string::String>,
    /// 变配明细（1-升配，2-降配，3-调整配置,4-续费,5-续费升配,6-续费降配,7-配置转包年包月）
    #[serde(
        rename = "processType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub process_type: ::std::option::Option<i32>,
    /// refundNo
    #[serde(
        rename = "refundNo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub refund_no: ::std::option::Option<::std::string::String>,
    /// 资源区域
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// 欠费、过期资源释放时间
    #[serde(
        rename = "releasingTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub releasing_time: ::std::option::Option<::std::string::String>,
    /// 资源id
    #[serde(
        rename = "resourceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// 资源名
    #[serde(
        rename = "resourceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_name: ::std::option::Option<::std::string::String>,
    /// 服务码
    #[serde(
        rename = "serviceCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_code: ::std::option::Option<::std::string::String>,
    /// 站点标识0:中国 1:国际
    #[serde(
        rename = "site",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub site: ::std::option::Option<i32>,
    /// 交易单模块sourceId 计费不关心
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_id: ::std::option::Option<::std::string::String>,
    /// 开始时间
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// 资源状态 1:正常 2:停服 3:删除
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<i32>,
    /// 时长字段，与timeUnit字段构成具体时长
    #[serde(
        rename = "timeSpan",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_span: ::std::option::Option<i32>,
    /// 时长类型 1:小时 2:天 3:月 4:年
    #[serde(
        rename = "timeUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_unit: ::std::option::Option<i32>,
    /// 交易单唯一标识
    #[serde(
        rename = "transactionNo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_no: ::std::option::Option<::std::string::String>,
}
impl ResourceOrderVo {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `aeStatus`.
    pub fn with_ae_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ae_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `appCode`.
    pub fn with_app_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.app_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `applicant`.
    pub fn with_applicant(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.applicant = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingCategoryDescription`.
    pub fn with_billing_category_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.billing_category_description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingMode`.
    pub fn with_billing_mode(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_mode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingStartTime`.
    pub fn with_billing_start_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.billing_start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingStatus`.
    pub fn with_billing_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingType`.
    pub fn with_billing_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.billing_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billingTypeName`.
    pub fn with_billing_type_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.billing_type_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeDuration`.
    pub fn with_charge_duration(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.charge_duration = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeMode`.
    pub fn with_charge_mode(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.charge_mode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeUnit`.
    pub fn with_charge_unit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.charge_unit = ::std::option::Option::Some(value.into());
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
    /// Sets `discountedPrice`.
    pub fn with_discounted_price(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.discounted_price = ::std::option::Option::Some(value.into());
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
    /// Sets `expiringDays`.
    pub fn with_expiring_days(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.expiring_days = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `favorableInfo`.
    pub fn with_favorable_info(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.favorable_info = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `formula`.
    pub fn with_formula(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Formula>>,
    ) -> Self {
        self.formula = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `formulaStr`.
    pub fn with_formula_str(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.formula_str = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `isOnTrial`.
    pub fn with_is_on_trial(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.is_on_trial = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `networkOperator`.
    pub fn with_network_operator(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.network_operator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `operateTime`.
    pub fn with_operate_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.operate_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payTime`.
    pub fn with_pay_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pay_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pin`.
    pub fn with_pin(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.pin = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `price`.
    pub fn with_price(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.price = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `priceMap`.
    pub fn with_price_map(
        mut self,
        value: impl ::std::convert::Into<
            ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
        >,
    ) -> Self {
        self.price_map = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `priceSnapshot`.
    pub fn with_price_snapshot(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.price_snapshot = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `processType`.
    pub fn with_process_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.process_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `refundNo`.
    pub fn with_refund_no(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.refund_no = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn with_region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `releasingTime`.
    pub fn with_releasing_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.releasing_time = ::std::option::Option::Some(value.into());
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
    /// Sets `resourceName`.
    pub fn with_resource_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_name = ::std::option::Option::Some(value.into());
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
    /// Sets `site`.
    pub fn with_site(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.site = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sourceId`.
    pub fn with_source_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_id = ::std::option::Option::Some(value.into());
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
    /// Sets `timeSpan`.
    pub fn with_time_span(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.time_span = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `timeUnit`.
    pub fn with_time_unit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.time_unit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transactionNo`.
    pub fn with_transaction_no(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_no = ::std::option::Option::Some(value.into());
        self
    }
}
/// `SendResourceOrderStatusMessageResult`
///
/// *Documented in* `specs/billing/zh/jdclouddocs-cn/sendResourceOrderStatusMessage.md` *line 47.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SendResourceOrderStatusMessageResult {
    /// 结果
    #[serde(
        rename = "result",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub result: ::std::option::Option<bool>,
}
impl SendResourceOrderStatusMessageResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `result`.
    pub fn with_result(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.result = ::std::option::Option::Some(value.into());
        self
    }
}
