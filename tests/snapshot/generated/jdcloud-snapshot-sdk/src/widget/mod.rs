//! Widget (`widget`), `https://widget.jdcloud-api.com/v1`.
//!
//! Widgets: a small service whose pages reach every path of the code generator — a paged list
//!
//! with filters and header parameters, a create call with an idempotency token and a recursive
//!
//! model, documented error statuses, and a page in Chinese.
//!
//! Operations:
//!
//! - `createWidget` — Create a widget.
//!
//! - `deleteWidget` — 删除一个组件。
//!
//! - `describeWidgets` — List the widgets of a region, page by page, optionally filtered.
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `widget` service.
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
    /// Create a widget. The call returns while the widget is still `pending`.
    ///
    /// `POST /v1/regions/{regionId}/widgets`
    ///
    /// *Documented in* `tests/snapshot/pages/widget/createWidget.md` *line 1.*
    pub fn create_widget(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        widget_spec: impl ::std::convert::Into<WidgetSpec>,
    ) -> CreateWidget {
        CreateWidget {
            config: self.config.clone(),
            region_id: region_id.into(),
            client_token: ::std::option::Option::None,
            widget_spec: widget_spec.into(),
            password: ::std::option::Option::None,
        }
    }
    /// 删除一个组件。组件须处于 stopped 状态。
    ///
    /// `DELETE /v1/regions/{regionId}/widgets/{widgetId}`
    ///
    /// *Documented in* `tests/snapshot/pages/widget/deleteWidget.md` *line 1.*
    pub fn delete_widget(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        widget_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteWidget {
        DeleteWidget {
            config: self.config.clone(),
            region_id: region_id.into(),
            widget_id: widget_id.into(),
            force: ::std::option::Option::None,
        }
    }
    /// List the widgets of a region, page by page, optionally filtered.
    ///
    /// `GET /v1/regions/{regionId}/widgets`
    ///
    /// *Documented in* `tests/snapshot/pages/widget/describeWidgets.md` *line 1.*
    pub fn describe_widgets(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeWidgets {
        DescribeWidgets {
            config: self.config.clone(),
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            filters: ::std::option::Option::None,
            x_request_tag: ::std::option::Option::None,
            x_jdcloud_fusion_cloudid: ::std::option::Option::None,
        }
    }
}
/// Request builder of `createWidget`, made by [`Client::create_widget`]. Set optional parameters, then call `send`.
#[derive(Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateWidget {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    client_token: ::std::option::Option<::std::string::String>,
    widget_spec: WidgetSpec,
    password: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateWidget {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateWidget")
            .field("regionId", &self.region_id)
            .field("clientToken", &self.client_token)
            .field("widgetSpec", &self.widget_spec)
            .field("password", &"***")
            .finish_non_exhaustive()
    }
}
impl CreateWidget {
    /// `clientToken`: Makes the request idempotent; at most 64 characters
    ///
    /// When not set, a random token is generated, so that retries of this request are safe.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
    /// `password`: Administrator password
    pub fn password(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.password = ::std::option::Option::Some(value.into());
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
        body.member("widgetSpec", &self.widget_spec)?;
        if let ::std::option::Option::Some(value) = &self.password {
            body.member("password", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/widgets",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "widget", "v1", path)
                .with_operation("createWidget");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        request = request.with_idempotent(true);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateWidgetResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateWidgetResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createWidget` lists. Read one from a service error with [`CreateWidgetErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateWidgetErrorKind {
    /// `INVALID_ARGUMENT`.
    ///
    /// - Invalid parameter
    InvalidArgument = 508935190,
    /// `OUT_OF_RANGE`.
    ///
    /// - Quota exceeded
    OutOfRange = 369612239,
    /// `ALREADY_EXISTS`.
    ///
    /// - Widget exists
    AlreadyExists = 789770016,
    /// `QUOTA_EXCEEDED`.
    ///
    /// - Too many requests
    QuotaExceeded = 50826449,
    /// `INTERNAL`.
    ///
    /// - Internal error
    Internal = 322540072,
    /// Any other error.
    Other = 0,
}
impl CreateWidgetErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            ::std::option::Option::Some("INVALID_ARGUMENT") => {
                return Self::InvalidArgument;
            }
            ::std::option::Option::Some("OUT_OF_RANGE") => return Self::OutOfRange,
            ::std::option::Option::Some("ALREADY_EXISTS") => return Self::AlreadyExists,
            ::std::option::Option::Some("QUOTA_EXCEEDED") => return Self::QuotaExceeded,
            ::std::option::Option::Some("INTERNAL") => return Self::Internal,
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteWidget`, made by [`Client::delete_widget`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteWidget {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    widget_id: ::std::string::String,
    force: ::std::option::Option<bool>,
}
impl DeleteWidget {
    /// `force`: 是否强制删除
    pub fn force(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.force = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.widget_id.to_string();
        if let ::std::option::Option::Some(value) = &self.force {
            crate::runtime::push_query(&mut query, "force", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/widgets/{widgetId}",
            &[("regionId", path_0.as_str()), ("widgetId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "widget", "v1", path)
                .with_operation("deleteWidget");
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
/// The errors the documentation of `deleteWidget` lists. Read one from a service error with [`DeleteWidgetErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteWidgetErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DeleteWidgetErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeWidgets`, made by [`Client::describe_widgets`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeWidgets {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    x_request_tag: ::std::option::Option<::std::string::String>,
    x_jdcloud_fusion_cloudid: ::std::option::Option<::std::string::String>,
}
impl DescribeWidgets {
    /// `pageNumber`: Page number, starting at 1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: Page size, range \[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `filters`: Filters: widgetId, status
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `x-request-tag`: A tag echoed in the logs
    pub fn x_request_tag(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_request_tag = ::std::option::Option::Some(value.into());
        self
    }
    /// `x-jdcloud-fusion-cloudid`: Cloud account of the widget, sent base64-encoded
    pub fn x_jdcloud_fusion_cloudid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_jdcloud_fusion_cloudid = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
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
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.x_request_tag {
            headers.push(("x-request-tag", header_text(value)?));
        }
        if let ::std::option::Option::Some(value) = &self.x_jdcloud_fusion_cloudid {
            headers.push(("x-jdcloud-fusion-cloudid", header_text(value)?));
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/widgets",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "widget", "v1", path)
                .with_operation("describeWidgets");
        request = request.with_query(query);
        for (name, value) in &headers {
            request = request.with_header_param(name, value);
        }
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeWidgetsResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeWidgetsResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
    /// All `widgets` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<Widget, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.widgets.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeWidgets` lists. Read one from a service error with [`DescribeWidgetsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeWidgetsErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeWidgetsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
