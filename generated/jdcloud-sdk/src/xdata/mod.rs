//! 数据计算服务API (`xdata`), `https://xdata.jdcloud-api.com/v1`.
//!
//! 数据计算服务相关API
//!
//! Operations:
//!
//! - `cancelPySparkJob` — 终止用户PySpark脚本任务
//!
//! - `cancelRasQuery` — 终止用户Spark SQL脚本查询
//!
//! - `createDatabase` — 创建属于用户实例的数据库
//!
//! - `createTable` — 创建用户实例的数据表
//!
//! - `deleteDatabase` — 删除用户实例的指定数据库
//!
//! - `deleteTable` — 删除用户实例的指定数据表
//!
//! - `executePySparkQuery` — 执行用户编写的PySpark脚本
//!
//! - `executeRasQuery` — 执行用户编写的Spark SQL脚本
//!
//! - `getDatabaseInfo` — 查询用户实例的指定数据库信息
//!
//! - `getPySparkExecuteResult` — 获取用户PySpark脚本的执行结果
//!
//! - `getPySparkExecuteState` — 获取用户PySpark脚本的执行状态
//!
//! - `getRasQueryLog` — 获取用户Spark SQL脚本的查询日志
//!
//! - `getRasQueryResult` — 获取用户Spark SQL脚本的查询结果
//!
//! - `getRasQueryState` — 获取用户Spark SQL脚本的查询状态
//!
//! - `getTableInfo` — 查询用户实例的指定数据表信息
//!
//! - `listDatabaseInfo` — 查询用户实例的所有数据库信息
//!
//! - `listInstanceInfo` — 查询用户所属的实例信息
//!
//! - `listTableInfo` — 查询用户实例指定数据库下的所有数据表信息
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `xdata` service.
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
    /// 终止用户PySpark脚本任务
    ///
    /// `POST /v1/regions/{regionId}/dwQuery:cancelPySparkQuery`
    ///
    /// *Documented in* `specs/xdata/zh/jdclouddocs-cn/cancelPySparkJob.md` *line 1.*
    pub fn cancel_py_spark_job(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        query_id: impl ::std::convert::Into<::std::string::String>,
        user_name: impl ::std::convert::Into<::std::string::String>,
    ) -> CancelPySparkJob {
        CancelPySparkJob {
            config: self.config.clone(),
            region_id: region_id.into(),
            query_id: query_id.into(),
            user_name: user_name.into(),
        }
    }
    /// 终止用户Spark SQL脚本查询
    ///
    /// `POST /v1/regions/{regionId}/dwQuery:cancelRasQuery`
    ///
    /// *Documented in* `specs/xdata/zh/jdclouddocs-cn/cancelRasQuery.md` *line 1.*
    pub fn cancel_ras_query(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        query_id: impl ::std::convert::Into<::std::string::String>,
        user_name: impl ::std::convert::Into<::std::string::String>,
    ) -> CancelRasQuery {
        CancelRasQuery {
            config: self.config.clone(),
            region_id: region_id.into(),
            query_id: query_id.into(),
            user_name: user_name.into(),
        }
    }
    /// 创建属于用户实例的数据库
    ///
    /// `POST /v1/regions/{regionId}/dwDatabase/{databaseName}`
    ///
    /// *Documented in* `specs/xdata/zh/jdclouddocs-cn/createDatabase.md` *line 1.*
    pub fn create_database(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        database_name: impl ::std::convert::Into<::std::string::String>,
        instance_name: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateDatabase {
        CreateDatabase {
            config: self.config.clone(),
            region_id: region_id.into(),
            database_name: database_name.into(),
            description: ::std::option::Option::None,
            instance_name: instance_name.into(),
        }
    }
    /// 创建用户实例的数据表
    ///
    /// `POST /v1/regions/{regionId}/dwTable`
    ///
    /// *Documented in* `specs/xdata/zh/jdclouddocs-cn/createTable.md` *line 1.*
    pub fn create_table(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        db_model_db_table: impl ::std::convert::Into<DwTableDesc>,
        instance_name: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateTable {
        CreateTable {
            config: self.config.clone(),
            region_id: region_id.into(),
            db_model_db_table: db_model_db_table.into(),
            instance_name: instance_name.into(),
        }
    }
    /// 删除用户实例的指定数据库
    ///
    /// `DELETE /v1/regions/{regionId}/dwDatabase/{databaseName}`
    ///
    /// *Documented in* `specs/xdata/zh/jdclouddocs-cn/deleteDatabase.md` *line 1.*
    pub fn delete_database(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        database_name: impl ::std::convert::Into<::std::string::String>,
        instance_name: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteDatabase {
        DeleteDatabase {
            config: self.config.clone(),
            region_id: region_id.into(),
            database_name: database_name.into(),
            instance_name: instance_name.into(),
        }
    }
    /// 删除用户实例的指定数据表
    ///
    /// `DELETE /v1/regions/{regionId}/dwTable/{tableName}`
    ///
    /// *Documented in* `specs/xdata/zh/jdclouddocs-cn/deleteTable.md` *line 1.*
    pub fn delete_table(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        table_name: impl ::std::convert::Into<::std::string::String>,
        database_name: impl ::std::convert::Into<::std::string::String>,
        instance_name: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteTable {
        DeleteTable {
            config: self.config.clone(),
            region_id: region_id.into(),
            table_name: table_name.into(),
            database_name: database_name.into(),
            instance_name: instance_name.into(),
        }
    }
    /// 执行用户编写的PySpark脚本
    ///
    /// `POST /v1/regions/{regionId}/dwQuery:executePySparkQuery`
    ///
    /// *Documented in* `specs/xdata/zh/jdclouddocs-cn/executePySparkQuery.md` *line 1.*
    pub fn execute_py_spark_query(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_name: impl ::std::convert::Into<::std::string::String>,
        script: impl ::std::convert::Into<::std::string::String>,
        user_name: impl ::std::convert::Into<::std::string::String>,
    ) -> ExecutePySparkQuery {
        ExecutePySparkQuery {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_name: instance_name.into(),
            instance_owner_name: ::std::option::Option::None,
            script: script.into(),
            script_type: ::std::option::Option::None,
            user_name: user_name.into(),
        }
    }
    /// 执行用户编写的Spark SQL脚本
    ///
    /// `POST /v1/regions/{regionId}/dwQuery:executeRasQuery`
    ///
    /// *Documented in* `specs/xdata/zh/jdclouddocs-cn/executeRasQuery.md` *line 1.*
    pub fn execute_ras_query(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_name: impl ::std::convert::Into<::std::string::String>,
        sql: impl ::std::convert::Into<::std::string::String>,
        user_name: impl ::std::convert::Into<::std::string::String>,
    ) -> ExecuteRasQuery {
        ExecuteRasQuery {
            config: self.config.clone(),
            region_id: region_id.into(),
            call_back_url: ::std::option::Option::None,
            database_name: ::std::option::Option::None,
            instance_name: instance_name.into(),
            instance_owner_name: ::std::option::Option::None,
            is_explain: ::std::option::Option::None,
            queue_name: ::std::option::Option::None,
            source: ::std::option::Option::None,
            sql: sql.into(),
            user_name: user_name.into(),
        }
    }
    /// 查询用户实例的指定数据库信息
    ///
    /// `GET /v1/regions/{regionId}/dwDatabase/{databaseName}`
    ///
    /// *Documented in* `specs/xdata/zh/jdclouddocs-cn/getDatabaseInfo.md` *line 1.*
    pub fn get_database_info(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        database_name: impl ::std::convert::Into<::std::string::String>,
        instance_name: impl ::std::convert::Into<::std::string::String>,
    ) -> GetDatabaseInfo {
        GetDatabaseInfo {
            config: self.config.clone(),
            region_id: region_id.into(),
            database_name: database_name.into(),
            instance_name: instance_name.into(),
        }
    }
    /// 获取用户PySpark脚本的执行结果
    ///
    /// `GET /v1/regions/{regionId}/dwQuery:getPySparkExecuteResult`
    ///
    /// *Documented in* `specs/xdata/zh/jdclouddocs-cn/getPySparkExecuteResult.md` *line 1.*
    pub fn get_py_spark_execute_result(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        query_id: impl ::std::convert::Into<::std::string::String>,
        user_name: impl ::std::convert::Into<::std::string::String>,
    ) -> GetPySparkExecuteResult {
        GetPySparkExecuteResult {
            config: self.config.clone(),
            region_id: region_id.into(),
            query_id: query_id.into(),
            user_name: user_name.into(),
        }
    }
    /// 获取用户PySpark脚本的执行状态
    ///
    /// `GET /v1/regions/{regionId}/dwQuery:getPySparkExecuteState`
    ///
    /// *Documented in* `specs/xdata/zh/jdclouddocs-cn/getPySparkExecuteState.md` *line 1.*
    pub fn get_py_spark_execute_state(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        query_id: impl ::std::convert::Into<::std::string::String>,
        user_name: impl ::std::convert::Into<::std::string::String>,
    ) -> GetPySparkExecuteState {
        GetPySparkExecuteState {
            config: self.config.clone(),
            region_id: region_id.into(),
            query_id: query_id.into(),
            user_name: user_name.into(),
        }
    }
    /// 获取用户Spark SQL脚本的查询日志
    ///
    /// `GET /v1/regions/{regionId}/dwQuery:getRasQueryLog`
    ///
    /// *Documented in* `specs/xdata/zh/jdclouddocs-cn/getRasQueryLog.md` *line 1.*
    pub fn get_ras_query_log(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        query_id: impl ::std::convert::Into<::std::string::String>,
        user_name: impl ::std::convert::Into<::std::string::String>,
    ) -> GetRasQueryLog {
        GetRasQueryLog {
            config: self.config.clone(),
            region_id: region_id.into(),
            query_id: query_id.into(),
            user_name: user_name.into(),
        }
    }
    /// 获取用户Spark SQL脚本的查询结果
    ///
    /// `GET /v1/regions/{regionId}/dwQuery:getRasQueryResult`
    ///
    /// *Documented in* `specs/xdata/zh/jdclouddocs-cn/getRasQueryResult.md` *line 1.*
    pub fn get_ras_query_result(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        query_id: impl ::std::convert::Into<::std::string::String>,
        user_name: impl ::std::convert::Into<::std::string::String>,
    ) -> GetRasQueryResult {
        GetRasQueryResult {
            config: self.config.clone(),
            region_id: region_id.into(),
            query_id: query_id.into(),
            user_name: user_name.into(),
        }
    }
    /// 获取用户Spark SQL脚本的查询状态
    ///
    /// `GET /v1/regions/{regionId}/dwQuery:getRasQueryState`
    ///
    /// *Documented in* `specs/xdata/zh/jdclouddocs-cn/getRasQueryState.md` *line 1.*
    pub fn get_ras_query_state(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        query_id: impl ::std::convert::Into<::std::string::String>,
        user_name: impl ::std::convert::Into<::std::string::String>,
    ) -> GetRasQueryState {
        GetRasQueryState {
            config: self.config.clone(),
            region_id: region_id.into(),
            query_id: query_id.into(),
            user_name: user_name.into(),
        }
    }
    /// 查询用户实例的指定数据表信息
    ///
    /// `GET /v1/regions/{regionId}/dwTable/{tableName}`
    ///
    /// *Documented in* `specs/xdata/zh/jdclouddocs-cn/getTableInfo.md` *line 1.*
    pub fn get_table_info(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        table_name: impl ::std::convert::Into<::std::string::String>,
        database_name: impl ::std::convert::Into<::std::string::String>,
        instance_name: impl ::std::convert::Into<::std::string::String>,
    ) -> GetTableInfo {
        GetTableInfo {
            config: self.config.clone(),
            region_id: region_id.into(),
            table_name: table_name.into(),
            database_name: database_name.into(),
            instance_name: instance_name.into(),
        }
    }
    /// 查询用户实例的所有数据库信息
    ///
    /// `GET /v1/regions/{regionId}/dwDatabase`
    ///
    /// *Documented in* `specs/xdata/zh/jdclouddocs-cn/listDatabaseInfo.md` *line 1.*
    pub fn list_database_info(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_name: impl ::std::convert::Into<::std::string::String>,
    ) -> ListDatabaseInfo {
        ListDatabaseInfo {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_name: instance_name.into(),
        }
    }
    /// 查询用户所属的实例信息
    ///
    /// `GET /v1/regions/{regionId}/dwInstance`
    ///
    /// *Documented in* `specs/xdata/zh/jdclouddocs-cn/listInstanceInfo.md` *line 1.*
    pub fn list_instance_info(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ListInstanceInfo {
        ListInstanceInfo {
            config: self.config.clone(),
            region_id: region_id.into(),
        }
    }
    /// 查询用户实例指定数据库下的所有数据表信息
    ///
    /// `GET /v1/regions/{regionId}/dwTable`
    ///
    /// *Documented in* `specs/xdata/zh/jdclouddocs-cn/listTableInfo.md` *line 1.*
    pub fn list_table_info(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        database_name: impl ::std::convert::Into<::std::string::String>,
        instance_name: impl ::std::convert::Into<::std::string::String>,
    ) -> ListTableInfo {
        ListTableInfo {
            config: self.config.clone(),
            region_id: region_id.into(),
            database_name: database_name.into(),
            instance_name: instance_name.into(),
        }
    }
}
/// Request builder of `cancelPySparkJob`, made by [`Client::cancel_py_spark_job`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CancelPySparkJob {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    query_id: ::std::string::String,
    user_name: ::std::string::String,
}
impl CancelPySparkJob {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("queryId", &self.query_id)?;
        body.member("userName", &self.user_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dwQuery:cancelPySparkQuery",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "xdata", "v1", path)
                .with_operation("cancelPySparkJob");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CancelPySparkJobResult>,
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
        crate::runtime::Response<CancelPySparkJobResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `cancelPySparkJob` lists. Read one from a service error with [`CancelPySparkJobErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CancelPySparkJobErrorKind {
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl CancelPySparkJobErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `cancelRasQuery`, made by [`Client::cancel_ras_query`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CancelRasQuery {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    query_id: ::std::string::String,
    user_name: ::std::string::String,
}
impl CancelRasQuery {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("queryId", &self.query_id)?;
        body.member("userName", &self.user_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dwQuery:cancelRasQuery",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "xdata", "v1", path)
                .with_operation("cancelRasQuery");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CancelRasQueryResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CancelRasQueryResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `cancelRasQuery` lists. Read one from a service error with [`CancelRasQueryErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CancelRasQueryErrorKind {
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl CancelRasQueryErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `createDatabase`, made by [`Client::create_database`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateDatabase {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    database_name: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    instance_name: ::std::string::String,
}
impl CreateDatabase {
    /// `description`: 数据库描述信息
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
        let path_1 = self.database_name.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        body.member("instanceName", &self.instance_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dwDatabase/{databaseName}",
            &[
                ("regionId", path_0.as_str()),
                ("databaseName", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "xdata", "v1", path)
                .with_operation("createDatabase");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateDatabaseResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateDatabaseResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createDatabase` lists. Read one from a service error with [`CreateDatabaseErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateDatabaseErrorKind {
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl CreateDatabaseErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `createTable`, made by [`Client::create_table`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateTable {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    db_model_db_table: DwTableDesc,
    instance_name: ::std::string::String,
}
impl CreateTable {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("dbModelDBTable", &self.db_model_db_table)?;
        body.member("instanceName", &self.instance_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dwTable",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "xdata", "v1", path)
                .with_operation("createTable");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateTableResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateTableResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `deleteDatabase`, made by [`Client::delete_database`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteDatabase {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    database_name: ::std::string::String,
    instance_name: ::std::string::String,
}
impl DeleteDatabase {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.database_name.to_string();
        crate::runtime::push_query(&mut query, "instanceName", &self.instance_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dwDatabase/{databaseName}",
            &[
                ("regionId", path_0.as_str()),
                ("databaseName", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "xdata", "v1", path)
                .with_operation("deleteDatabase");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DeleteDatabaseResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DeleteDatabaseResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `deleteDatabase` lists. Read one from a service error with [`DeleteDatabaseErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteDatabaseErrorKind {
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DeleteDatabaseErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteTable`, made by [`Client::delete_table`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteTable {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    table_name: ::std::string::String,
    database_name: ::std::string::String,
    instance_name: ::std::string::String,
}
impl DeleteTable {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.table_name.to_string();
        crate::runtime::push_query(&mut query, "databaseName", &self.database_name)?;
        crate::runtime::push_query(&mut query, "instanceName", &self.instance_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dwTable/{tableName}",
            &[
                ("regionId", path_0.as_str()),
                ("tableName", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "xdata", "v1", path)
                .with_operation("deleteTable");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DeleteTableResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DeleteTableResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `deleteTable` lists. Read one from a service error with [`DeleteTableErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteTableErrorKind {
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DeleteTableErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `executePySparkQuery`, made by [`Client::execute_py_spark_query`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExecutePySparkQuery {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_name: ::std::string::String,
    instance_owner_name: ::std::option::Option<::std::string::String>,
    script: ::std::string::String,
    script_type: ::std::option::Option<::std::string::String>,
    user_name: ::std::string::String,
}
impl ExecutePySparkQuery {
    /// `instanceOwnerName`: 实例拥有者名称
    pub fn instance_owner_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_owner_name = ::std::option::Option::Some(value.into());
        self
    }
    /// `scriptType`: 脚本类型名称
    pub fn script_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.script_type = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("instanceName", &self.instance_name)?;
        if let ::std::option::Option::Some(value) = &self.instance_owner_name {
            body.member("instanceOwnerName", value)?;
        }
        body.member("script", &self.script)?;
        if let ::std::option::Option::Some(value) = &self.script_type {
            body.member("scriptType", value)?;
        }
        body.member("userName", &self.user_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dwQuery:executePySparkQuery",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "xdata", "v1", path)
                .with_operation("executePySparkQuery");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<ExecutePySparkQueryResult>,
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
        crate::runtime::Response<ExecutePySparkQueryResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `executeRasQuery`, made by [`Client::execute_ras_query`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExecuteRasQuery {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    call_back_url: ::std::option::Option<::std::string::String>,
    database_name: ::std::option::Option<::std::string::String>,
    instance_name: ::std::string::String,
    instance_owner_name: ::std::option::Option<::std::string::String>,
    is_explain: ::std::option::Option<::std::string::String>,
    queue_name: ::std::option::Option<::std::string::String>,
    source: ::std::option::Option<::std::string::String>,
    sql: ::std::string::String,
    user_name: ::std::string::String,
}
impl ExecuteRasQuery {
    /// `callBackURL`: 回调地址名称
    pub fn call_back_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.call_back_url = ::std::option::Option::Some(value.into());
        self
    }
    /// `databaseName`: 数据库名称
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.database_name = ::std::option::Option::Some(value.into());
        self
    }
    /// `instanceOwnerName`: 实例拥有者名称
    pub fn instance_owner_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_owner_name = ::std::option::Option::Some(value.into());
        self
    }
    /// `isExplain`: 是否需要解释
    pub fn is_explain(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.is_explain = ::std::option::Option::Some(value.into());
        self
    }
    /// `queueName`: 队列名称
    pub fn queue_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.queue_name = ::std::option::Option::Some(value.into());
        self
    }
    /// `source`: 资源名称
    pub fn source(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.source = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.call_back_url {
            body.member("callBackURL", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.database_name {
            body.member("databaseName", value)?;
        }
        body.member("instanceName", &self.instance_name)?;
        if let ::std::option::Option::Some(value) = &self.instance_owner_name {
            body.member("instanceOwnerName", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.is_explain {
            body.member("isExplain", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.queue_name {
            body.member("queueName", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.source {
            body.member("source", value)?;
        }
        body.member("sql", &self.sql)?;
        body.member("userName", &self.user_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dwQuery:executeRasQuery",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "xdata", "v1", path)
                .with_operation("executeRasQuery");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<ExecuteRasQueryResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<ExecuteRasQueryResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `executeRasQuery` lists. Read one from a service error with [`ExecuteRasQueryErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExecuteRasQueryErrorKind {
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ExecuteRasQueryErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `getDatabaseInfo`, made by [`Client::get_database_info`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDatabaseInfo {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    database_name: ::std::string::String,
    instance_name: ::std::string::String,
}
impl GetDatabaseInfo {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.database_name.to_string();
        crate::runtime::push_query(&mut query, "instanceName", &self.instance_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dwDatabase/{databaseName}",
            &[
                ("regionId", path_0.as_str()),
                ("databaseName", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "xdata", "v1", path)
                .with_operation("getDatabaseInfo");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetDatabaseInfoResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetDatabaseInfoResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getDatabaseInfo` lists. Read one from a service error with [`GetDatabaseInfoErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetDatabaseInfoErrorKind {
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl GetDatabaseInfoErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `getPySparkExecuteResult`, made by [`Client::get_py_spark_execute_result`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPySparkExecuteResult {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    query_id: ::std::string::String,
    user_name: ::std::string::String,
}
impl GetPySparkExecuteResult {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "queryId", &self.query_id)?;
        crate::runtime::push_query(&mut query, "userName", &self.user_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dwQuery:getPySparkExecuteResult",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "xdata", "v1", path)
                .with_operation("getPySparkExecuteResult");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<GetPySparkExecuteResultResult>,
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
        crate::runtime::Response<GetPySparkExecuteResultResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getPySparkExecuteResult` lists. Read one from a service error with [`GetPySparkExecuteResultErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetPySparkExecuteResultErrorKind {
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl GetPySparkExecuteResultErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `getPySparkExecuteState`, made by [`Client::get_py_spark_execute_state`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPySparkExecuteState {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    query_id: ::std::string::String,
    user_name: ::std::string::String,
}
impl GetPySparkExecuteState {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "queryId", &self.query_id)?;
        crate::runtime::push_query(&mut query, "userName", &self.user_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dwQuery:getPySparkExecuteState",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "xdata", "v1", path)
                .with_operation("getPySparkExecuteState");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<GetPySparkExecuteStateResult>,
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
        crate::runtime::Response<GetPySparkExecuteStateResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getPySparkExecuteState` lists. Read one from a service error with [`GetPySparkExecuteStateErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetPySparkExecuteStateErrorKind {
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl GetPySparkExecuteStateErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `getRasQueryLog`, made by [`Client::get_ras_query_log`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRasQueryLog {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    query_id: ::std::string::String,
    user_name: ::std::string::String,
}
impl GetRasQueryLog {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "queryId", &self.query_id)?;
        crate::runtime::push_query(&mut query, "userName", &self.user_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dwQuery:getRasQueryLog",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "xdata", "v1", path)
                .with_operation("getRasQueryLog");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetRasQueryLogResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetRasQueryLogResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getRasQueryLog` lists. Read one from a service error with [`GetRasQueryLogErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetRasQueryLogErrorKind {
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl GetRasQueryLogErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `getRasQueryResult`, made by [`Client::get_ras_query_result`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRasQueryResult {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    query_id: ::std::string::String,
    user_name: ::std::string::String,
}
impl GetRasQueryResult {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "queryId", &self.query_id)?;
        crate::runtime::push_query(&mut query, "userName", &self.user_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dwQuery:getRasQueryResult",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "xdata", "v1", path)
                .with_operation("getRasQueryResult");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<GetRasQueryResultResult>,
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
        crate::runtime::Response<GetRasQueryResultResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getRasQueryResult` lists. Read one from a service error with [`GetRasQueryResultErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetRasQueryResultErrorKind {
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl GetRasQueryResultErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `getRasQueryState`, made by [`Client::get_ras_query_state`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRasQueryState {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    query_id: ::std::string::String,
    user_name: ::std::string::String,
}
impl GetRasQueryState {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "queryId", &self.query_id)?;
        crate::runtime::push_query(&mut query, "userName", &self.user_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dwQuery:getRasQueryState",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "xdata", "v1", path)
                .with_operation("getRasQueryState");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<GetRasQueryStateResult>,
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
        crate::runtime::Response<GetRasQueryStateResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getRasQueryState` lists. Read one from a service error with [`GetRasQueryStateErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetRasQueryStateErrorKind {
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl GetRasQueryStateErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `getTableInfo`, made by [`Client::get_table_info`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTableInfo {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    table_name: ::std::string::String,
    database_name: ::std::string::String,
    instance_name: ::std::string::String,
}
impl GetTableInfo {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.table_name.to_string();
        crate::runtime::push_query(&mut query, "databaseName", &self.database_name)?;
        crate::runtime::push_query(&mut query, "instanceName", &self.instance_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dwTable/{tableName}",
            &[
                ("regionId", path_0.as_str()),
                ("tableName", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "xdata", "v1", path)
                .with_operation("getTableInfo");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetTableInfoResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetTableInfoResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getTableInfo` lists. Read one from a service error with [`GetTableInfoErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetTableInfoErrorKind {
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl GetTableInfoErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `listDatabaseInfo`, made by [`Client::list_database_info`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListDatabaseInfo {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_name: ::std::string::String,
}
impl ListDatabaseInfo {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "instanceName", &self.instance_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dwDatabase",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "xdata", "v1", path)
                .with_operation("listDatabaseInfo");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<ListDatabaseInfoResult>,
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
        crate::runtime::Response<ListDatabaseInfoResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `listDatabaseInfo` lists. Read one from a service error with [`ListDatabaseInfoErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ListDatabaseInfoErrorKind {
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ListDatabaseInfoErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `listInstanceInfo`, made by [`Client::list_instance_info`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListInstanceInfo {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
}
impl ListInstanceInfo {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dwInstance",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "xdata", "v1", path)
                .with_operation("listInstanceInfo");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<ListInstanceInfoResult>,
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
        crate::runtime::Response<ListInstanceInfoResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `listInstanceInfo` lists. Read one from a service error with [`ListInstanceInfoErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ListInstanceInfoErrorKind {
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ListInstanceInfoErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `listTableInfo`, made by [`Client::list_table_info`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListTableInfo {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    database_name: ::std::string::String,
    instance_name: ::std::string::String,
}
impl ListTableInfo {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "databaseName", &self.database_name)?;
        crate::runtime::push_query(&mut query, "instanceName", &self.instance_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dwTable",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "xdata", "v1", path)
                .with_operation("listTableInfo");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<ListTableInfoResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<ListTableInfoResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `listTableInfo` lists. Read one from a service error with [`ListTableInfoErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ListTableInfoErrorKind {
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ListTableInfoErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
