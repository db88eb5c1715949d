//! JDCLOUD 流数据总线 API (`streambus`), `https://streambus.jdcloud-api.com/v1`.
//!
//! 提供流数据总线topic操作的相关接口。
//!
//! Operations:
//!
//! - `addTopic` — 创建topic时，topicModel中只需要传topic参数，另外两个参数可为空
//!
//! - `createConsumerGroup` — 创建consumerGroupName
//!
//! - `deleteConsumerGroup` — 删除consumerGroupName
//!
//! - `deleteTopic` — 删除topic
//!
//! - `describeTopic` — 查询指定主题,如果已归档会返回归档信息
//!
//! - `getConsumerGroupList` — 查看指定主题的所有消费组
//!
//! - `getTopicList` — 查询topic列表，返回topic的集合
//!
//! - `updateTopic` — 此接口可以用来更新主题，创建归档，修改归档，删除归档，传入不同的参数可以实现不同的功能。
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `streambus` service.
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
    /// 创建topic时，topicModel中只需要传topic参数，另外两个参数可为空
    ///
    /// `POST /v1/regions/{regionId}/topic`
    ///
    /// *Documented in* `specs/streambus/zh/jdclouddocs-cn/addTopic.md` *line 1.*
    pub fn add_topic(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        topic_model: impl ::std::convert::Into<TopicModel>,
    ) -> AddTopic {
        AddTopic {
            config: self.config.clone(),
            region_id: region_id.into(),
            topic_model: topic_model.into(),
        }
    }
    /// 创建consumerGroupName
    ///
    /// `POST /v1/regions/{regionId}/consumerGroup`
    ///
    /// *Documented in* `specs/streambus/zh/jdclouddocs-cn/createConsumerGroup.md` *line 1.*
    pub fn create_consumer_group(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateConsumerGroup {
        CreateConsumerGroup {
            config: self.config.clone(),
            region_id: region_id.into(),
            consumer_group_str: ::std::option::Option::None,
        }
    }
    /// 删除consumerGroupName
    ///
    /// `DELETE /v1/regions/{regionId}/consumerGroup`
    ///
    /// *Documented in* `specs/streambus/zh/jdclouddocs-cn/deleteConsumerGroup.md` *line 1.*
    pub fn delete_consumer_group(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        consumer_group_id: impl ::std::convert::Into<i32>,
        topic_id: impl ::std::convert::Into<i32>,
    ) -> DeleteConsumerGroup {
        DeleteConsumerGroup {
            config: self.config.clone(),
            region_id: region_id.into(),
            consumer_group_id: consumer_group_id.into(),
            topic_id: topic_id.into(),
        }
    }
    /// 删除topic
    ///
    /// `DELETE /v1/regions/{regionId}/topic`
    ///
    /// *Documented in* `specs/streambus/zh/jdclouddocs-cn/deleteTopic.md` *line 1.*
    pub fn delete_topic(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteTopic {
        DeleteTopic {
            config: self.config.clone(),
            region_id: region_id.into(),
            name: name.into(),
        }
    }
    /// 查询指定主题,如果已归档会返回归档信息
    ///
    /// `GET /v1/regions/{regionId}/topic`
    ///
    /// *Documented in* `specs/streambus/zh/jdclouddocs-cn/describeTopic.md` *line 1.*
    pub fn describe_topic(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeTopic {
        DescribeTopic {
            config: self.config.clone(),
            region_id: region_id.into(),
            name: name.into(),
        }
    }
    /// 查看指定主题的所有消费组
    ///
    /// `GET /v1/regions/{regionId}/consumerGroupList`
    ///
    /// *Documented in* `specs/streambus/zh/jdclouddocs-cn/getConsumerGroupList.md` *line 1.*
    pub fn get_consumer_group_list(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        topic_id: impl ::std::convert::Into<i32>,
    ) -> GetConsumerGroupList {
        GetConsumerGroupList {
            config: self.config.clone(),
            region_id: region_id.into(),
            topic_id: topic_id.into(),
        }
    }
    /// 查询topic列表，返回topic的集合
    ///
    /// `GET /v1/regions/{regionId}/topicList`
    ///
    /// *Documented in* `specs/streambus/zh/jdclouddocs-cn/getTopicList.md` *line 1.*
    pub fn get_topic_list(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> GetTopicList {
        GetTopicList {
            config: self.config.clone(),
            region_id: region_id.into(),
            keyword: ::std::option::Option::None,
        }
    }
    /// 此接口可以用来更新主题，创建归档，修改归档，删除归档，传入不同的参数可以实现不同的功能。修改归档只需要修改相应归档的参数，删除归档只需要把归档参数置为空即可
    ///
    /// `PUT /v1/regions/{regionId}/topic`
    ///
    /// *Documented in* `specs/streambus/zh/jdclouddocs-cn/updateTopic.md` *line 1.*
    pub fn update_topic(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        topic_model: impl ::std::convert::Into<TopicModel>,
    ) -> UpdateTopic {
        UpdateTopic {
            config: self.config.clone(),
            region_id: region_id.into(),
            topic_model: topic_model.into(),
        }
    }
}
/// Request builder of `addTopic`, made by [`Client::add_topic`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddTopic {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    topic_model: TopicModel,
}
impl AddTopic {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("topicModel", &self.topic_model)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/topic",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "streambus", "v1", path)
                .with_operation("addTopic");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<AddTopicResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<AddTopicResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `addTopic` lists. Read one from a service error with [`AddTopicErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AddTopicErrorKind {
    /// HTTP 400.
    ///
    /// - ERROR
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl AddTopicErrorKind {
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
/// Request builder of `createConsumerGroup`, made by [`Client::create_consumer_group`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateConsumerGroup {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    consumer_group_str: ::std::option::Option<ConsumerGroup>,
}
impl CreateConsumerGroup {
    /// `consumerGroupStr`: 消费组对象
    pub fn consumer_group_str(mut self, value: impl ::std::convert::Into<ConsumerGroup>) -> Self {
        self.consumer_group_str = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.consumer_group_str {
            body.member("consumerGroupStr", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/consumerGroup",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "streambus", "v1", path)
                .with_operation("createConsumerGroup");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateConsumerGroupResult>,
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
        crate::runtime::Response<CreateConsumerGroupResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createConsumerGroup` lists. Read one from a service error with [`CreateConsumerGroupErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateConsumerGroupErrorKind {
    /// HTTP 401.
    ///
    /// - STREAMHUB_UNAUTHENTICATED
    Unauthorized = 401,
    /// HTTP 400.
    ///
    /// - UNAUTHENTICATED
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl CreateConsumerGroupErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            401u16 => Self::Unauthorized,
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteConsumerGroup`, made by [`Client::delete_consumer_group`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteConsumerGroup {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    consumer_group_id: i32,
    topic_id: i32,
}
impl DeleteConsumerGroup {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "consumerGroupId", &self.consumer_group_id)?;
        crate::runtime::push_query(&mut query, "topicId", &self.topic_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/consumerGroup",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "streambus", "v1", path)
                .with_operation("deleteConsumerGroup");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DeleteConsumerGroupResult>,
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
        crate::runtime::Response<DeleteConsumerGroupResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `deleteConsumerGroup` lists. Read one from a service error with [`DeleteConsumerGroupErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteConsumerGroupErrorKind {
    /// HTTP 401.
    ///
    /// - STREAMHUB_UNAUTHENTICATED
    Unauthorized = 401,
    /// HTTP 400.
    ///
    /// - UNAUTHENTICATED
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl DeleteConsumerGroupErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            401u16 => Self::Unauthorized,
            400u16 => Self::BadRequest,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteTopic`, made by [`Client::delete_topic`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteTopic {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    name: ::std::string::String,
}
impl DeleteTopic {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "name", &self.name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/topic",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "streambus", "v1", path)
                .with_operation("deleteTopic");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DeleteTopicResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DeleteTopicResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `deleteTopic` lists. Read one from a service error with [`DeleteTopicErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteTopicErrorKind {
    /// HTTP 404.
    ///
    /// - NOT FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DeleteTopicErrorKind {
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
/// Request builder of `describeTopic`, made by [`Client::describe_topic`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeTopic {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    name: ::std::string::String,
}
impl DescribeTopic {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "name", &self.name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/topic",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "streambus", "v1", path)
                .with_operation("describeTopic");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeTopicResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeTopicResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeTopic` lists. Read one from a service error with [`DescribeTopicErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeTopicErrorKind {
    /// HTTP 404.
    ///
    /// - NOT FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DescribeTopicErrorKind {
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
/// Request builder of `getConsumerGroupList`, made by [`Client::get_consumer_group_list`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetConsumerGroupList {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    topic_id: i32,
}
impl GetConsumerGroupList {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "topicId", &self.topic_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/consumerGroupList",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "streambus", "v1", path)
                .with_operation("getConsumerGroupList");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<GetConsumerGroupListResult>,
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
        crate::runtime::Response<GetConsumerGroupListResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getConsumerGroupList` lists. Read one from a service error with [`GetConsumerGroupListErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetConsumerGroupListErrorKind {
    /// HTTP 400.
    ///
    /// - UNAUTHENTICATED
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl GetConsumerGroupListErrorKind {
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
/// Request builder of `getTopicList`, made by [`Client::get_topic_list`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTopicList {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    keyword: ::std::option::Option<::std::string::String>,
}
impl GetTopicList {
    /// `keyword`
    pub fn keyword(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.keyword = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.keyword {
            crate::runtime::push_query(&mut query, "keyword", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/topicList",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "streambus", "v1", path)
                .with_operation("getTopicList");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetTopicListResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetTopicListResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getTopicList` lists. Read one from a service error with [`GetTopicListErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetTopicListErrorKind {
    /// HTTP 401.
    ///
    /// - ERROR
    Unauthorized = 401,
    /// Any other error.
    Other = 0,
}
impl GetTopicListErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            401u16 => Self::Unauthorized,
            _ => Self::Other,
        }
    }
}
/// Request builder of `updateTopic`, made by [`Client::update_topic`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateTopic {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    topic_model: TopicModel,
}
impl UpdateTopic {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("topicModel", &self.topic_model)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/topic",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "streambus", "v1", path)
                .with_operation("updateTopic");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<UpdateTopicResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<UpdateTopicResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `updateTopic` lists. Read one from a service error with [`UpdateTopicErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateTopicErrorKind {
    /// HTTP 400.
    ///
    /// - ERROR
    BadRequest = 400,
    /// Any other error.
    Other = 0,
}
impl UpdateTopicErrorKind {
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
