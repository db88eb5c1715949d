//! Key Management Service (`kms`), `https://kms.jdcloud-api.com/v1`.
//!
//! Security Data Escrow Service Based on keys Protected by Hardware
//!
//! Operations:
//!
//! - `cancelKeyDeletion` — Cancel key deletion
//!
//! - `createKey` — Create a CMK (main key of the user) in enabled status by default
//!
//! - `createSecret` — Create Confidentiality
//!
//! - `decrypt` — Decrypt data by using keys
//!
//! - `describeKeyDetail` — Obtain version details
//!
//! - `describeKeyList` — Obtain key list
//!
//! - `describeSecretVersionList` — Obtain confidentiality details
//!
//! - `generateDataKey` — Obtain plaintext/ciphertext of a data key from KMS
//!
//! - `importSecret` — Import confidentiality
//!
//! - `keyRotation` — Rotate keys now and postpone automatic rotation cycle
//!
//! - `scheduleKeyDeletion` — It is planned to delete the key at a time in future (7 days by default).
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `kms` service.
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
    /// Cancel key deletion
    ///
    /// `PATCH /v1/key/{keyId}:cancelDelete`
    ///
    /// *Documented in* `specs/kms/en/jdcloudcom-en/cancelKeyDeletion.md` *line 1.*
    pub fn cancel_key_deletion(
        &self,
        key_id: impl ::std::convert::Into<::std::string::String>,
    ) -> CancelKeyDeletion {
        CancelKeyDeletion {
            config: self.config.clone(),
            key_id: key_id.into(),
        }
    }
    /// Create a CMK (main key of the user) in enabled status by default
    ///
    /// `POST /v1/key:create`
    ///
    /// *Documented in* `specs/kms/en/jdcloudcom-en/createKey.md` *line 1.*
    pub fn create_key(&self, key_cfg: impl ::std::convert::Into<KeyCfg>) -> CreateKey {
        CreateKey {
            config: self.config.clone(),
            key_cfg: key_cfg.into(),
        }
    }
    /// Create Confidentiality
    ///
    /// `POST /v1/secret:create`
    ///
    /// *Documented in* `specs/kms/en/jdcloudcom-en/createSecret.md` *line 1.*
    pub fn create_secret(&self, secret_cfg: impl ::std::convert::Into<SecretCfg>) -> CreateSecret {
        CreateSecret {
            config: self.config.clone(),
            secret_cfg: secret_cfg.into(),
        }
    }
    /// Decrypt data by using keys
    ///
    /// `POST /v1/key/{keyId}:Decrypt`
    ///
    /// *Documented in* `specs/kms/en/jdcloudcom-en/decrypt.md` *line 1.*
    pub fn decrypt(&self, key_id: impl ::std::convert::Into<::std::string::String>) -> Decrypt {
        Decrypt {
            config: self.config.clone(),
            key_id: key_id.into(),
            ciphertext_blob: ::std::option::Option::None,
        }
    }
    /// Obtain version details
    ///
    /// `GET /v1/key/{keyId}:describeKeyDetail`
    ///
    /// *Documented in* `specs/kms/en/jdcloudcom-en/describeKeyDetail.md` *line 1.*
    pub fn describe_key_detail(
        &self,
        key_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeKeyDetail {
        DescribeKeyDetail {
            config: self.config.clone(),
            key_id: key_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// Obtain key list
    ///
    /// `GET /v1/key`
    ///
    /// *Documented in* `specs/kms/en/jdcloudcom-en/describeKeyList.md` *line 1.*
    pub fn describe_key_list(&self) -> DescribeKeyList {
        DescribeKeyList {
            config: self.config.clone(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// Obtain confidentiality details
    ///
    /// `GET /v1/secret/{secretId}`
    ///
    /// *Documented in* `specs/kms/en/jdcloudcom-en/describeSecretVersionList.md` *line 1.*
    pub fn describe_secret_version_list(
        &self,
        secret_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeSecretVersionList {
        DescribeSecretVersionList {
            config: self.config.clone(),
            secret_id: secret_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// Obtain plaintext/ciphertext of a data key from KMS
    ///
    /// `GET /v1/key/{keyId}:GenerateDataKey`
    ///
    /// *Documented in* `specs/kms/en/jdcloudcom-en/generateDataKey.md` *line 1.*
    pub fn generate_data_key(
        &self,
        key_id: impl ::std::convert::Into<::std::string::String>,
    ) -> GenerateDataKey {
        GenerateDataKey {
            config: self.config.clone(),
            key_id: key_id.into(),
        }
    }
    /// Import confidentiality
    ///
    /// `POST /v1/secret:import`
    ///
    /// *Documented in* `specs/kms/en/jdcloudcom-en/importSecret.md` *line 1.*
    pub fn import_secret(&self) -> ImportSecret {
        ImportSecret {
            config: self.config.clone(),
            secret_package: ::std::option::Option::None,
        }
    }
    /// Rotate keys now and postpone automatic rotation cycle
    ///
    /// `PATCH /v1/key/{keyId}:rotate`
    ///
    /// *Documented in* `specs/kms/en/jdcloudcom-en/keyRotation.md` *line 1.*
    pub fn key_rotation(
        &self,
        key_id: impl ::std::convert::Into<::std::string::String>,
    ) -> KeyRotation {
        KeyRotation {
            config: self.config.clone(),
            key_id: key_id.into(),
        }
    }
    /// It is planned to delete the key at a time in future (7 days by default).
    ///
    /// `DELETE /v1/key/{keyId}:delete`
    ///
    /// *Documented in* `specs/kms/en/jdcloudcom-en/scheduleKeyDeletion.md` *line 1.*
    pub fn schedule_key_deletion(
        &self,
        key_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ScheduleKeyDeletion {
        ScheduleKeyDeletion {
            config: self.config.clone(),
            key_id: key_id.into(),
            delay_days: ::std::option::Option::None,
        }
    }
}
/// Request builder of `cancelKeyDeletion`, made by [`Client::cancel_key_deletion`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CancelKeyDeletion {
    config: crate::runtime::Config,
    key_id: ::std::string::String,
}
impl CancelKeyDeletion {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.key_id.to_string();
        let path =
            crate::runtime::fill_path("/key/{keyId}:cancelDelete", &[("keyId", path_0.as_str())])?;
        let request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "kms", "v1", path)
                .with_operation("cancelKeyDeletion");
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
/// The errors the documentation of `cancelKeyDeletion` lists. Read one from a service error with [`CancelKeyDeletionErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CancelKeyDeletionErrorKind {
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl CancelKeyDeletionErrorKind {
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
/// Request builder of `createKey`, made by [`Client::create_key`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateKey {
    config: crate::runtime::Config,
    key_cfg: KeyCfg,
}
impl CreateKey {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        body.member("keyCfg", &self.key_cfg)?;
        let path = "/key:create".to_string();
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "kms", "v1", path)
                .with_operation("createKey");
        request = request.with_json_body(body.finish());
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
/// Request builder of `createSecret`, made by [`Client::create_secret`]. Set optional parameters, then call `send`.
#[derive(Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSecret {
    config: crate::runtime::Config,
    secret_cfg: SecretCfg,
}
impl ::std::fmt::Debug for CreateSecret {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateSecret")
            .field("secretCfg", &"***")
            .finish_non_exhaustive()
    }
}
impl CreateSecret {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        body.member("secretCfg", &self.secret_cfg)?;
        let path = "/secret:create".to_string();
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "kms", "v1", path)
                .with_operation("createSecret");
        request = request.with_json_body(body.finish());
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
/// Request builder of `decrypt`, made by [`Client::decrypt`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct Decrypt {
    config: crate::runtime::Config,
    key_id: ::std::string::String,
    ciphertext_blob: ::std::option::Option<::std::string::String>,
}
impl Decrypt {
    /// `ciphertextBlob`: Ciphertext data Base64-encoded binary data object
    pub fn ciphertext_blob(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ciphertext_blob = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.key_id.to_string();
        if let ::std::option::Option::Some(value) = &self.ciphertext_blob {
            body.member("ciphertextBlob", value)?;
        }
        let path =
            crate::runtime::fill_path("/key/{keyId}:Decrypt", &[("keyId", path_0.as_str())])?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "kms", "v1", path)
                .with_operation("decrypt");
        request = request.with_json_body(body.finish());
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DecryptResult>, crate::runtime::Error> {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DecryptResult>, crate::runtime::Error> {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `decrypt` lists. Read one from a service error with [`DecryptErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DecryptErrorKind {
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DecryptErrorKind {
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
/// Request builder of `describeKeyDetail`, made by [`Client::describe_key_detail`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeKeyDetail {
    config: crate::runtime::Config,
    key_id: ::std::string::String,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeKeyDetail {
    /// `pageNumber`: Page number; xxx by default1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: Page size; it is 10 by default; value range\[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.key_id.to_string();
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = crate::runtime::fill_path(
            "/key/{keyId}:describeKeyDetail",
            &[("keyId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "kms", "v1", path)
                .with_operation("describeKeyDetail");
        request = request.with_query(query);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeKeyDetailResult>,
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
        crate::runtime::Response<DescribeKeyDetailResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeKeyDetail` lists. Read one from a service error with [`DescribeKeyDetailErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeKeyDetailErrorKind {
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DescribeKeyDetailErrorKind {
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
/// Request builder of `describeKeyList`, made by [`Client::describe_key_list`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeKeyList {
    config: crate::runtime::Config,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeKeyList {
    /// `pageNumber`: Page number; xxx by default1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: Page size; it is 10 by default; value range\[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = "/key".to_string();
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "kms", "v1", path)
                .with_operation("describeKeyList");
        request = request.with_query(query);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeKeyListResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeKeyListResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
    /// All `keyList` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<KeyInfo, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.key_list.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// Request builder of `describeSecretVersionList`, made by [`Client::describe_secret_version_list`]. Set optional parameters, then call `send`.
#[derive(Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeSecretVersionList {
    config: crate::runtime::Config,
    secret_id: ::std::string::String,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl ::std::fmt::Debug for DescribeSecretVersionList {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeSecretVersionList")
            .field("secretId", &"***")
            .field("pageNumber", &self.page_number)
            .field("pageSize", &self.page_size)
            .finish_non_exhaustive()
    }
}
impl DescribeSecretVersionList {
    /// `pageNumber`: Page number; xxx by default1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: Page size; it is 10 by default; value range\[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.secret_id.to_string();
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path =
            crate::runtime::fill_path("/secret/{secretId}", &[("secretId", path_0.as_str())])?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "kms", "v1", path)
                .with_operation("describeSecretVersionList");
        request = request.with_query(query);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeSecretVersionListResult>,
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
        crate::runtime::Response<DescribeSecretVersionListResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeSecretVersionList` lists. Read one from a service error with [`DescribeSecretVersionListErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeSecretVersionListErrorKind {
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DescribeSecretVersionListErrorKind {
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
/// Request builder of `generateDataKey`, made by [`Client::generate_data_key`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GenerateDataKey {
    config: crate::runtime::Config,
    key_id: ::std::string::String,
}
impl GenerateDataKey {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.key_id.to_string();
        let path = crate::runtime::fill_path(
            "/key/{keyId}:GenerateDataKey",
            &[("keyId", path_0.as_str())],
        )?;
        let request = crate::runtime::Request::new(crate::runtime::Method::GET, "kms", "v1", path)
            .with_operation("generateDataKey");
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GenerateDataKeyResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GenerateDataKeyResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `generateDataKey` lists. Read one from a service error with [`GenerateDataKeyErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GenerateDataKeyErrorKind {
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl GenerateDataKeyErrorKind {
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
/// Request builder of `importSecret`, made by [`Client::import_secret`]. Set optional parameters, then call `send`.
#[derive(Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportSecret {
    config: crate::runtime::Config,
    secret_package: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ImportSecret {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ImportSecret")
            .field("secretPackage", &"***")
            .finish_non_exhaustive()
    }
}
impl ImportSecret {
    /// `secretPackage`: Content of key Package
    pub fn secret_package(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.secret_package = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        if let ::std::option::Option::Some(value) = &self.secret_package {
            body.member("secretPackage", value)?;
        }
        let path = "/secret:import".to_string();
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "kms", "v1", path)
                .with_operation("importSecret");
        request = request.with_json_body(body.finish());
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
/// Request builder of `keyRotation`, made by [`Client::key_rotation`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct KeyRotation {
    config: crate::runtime::Config,
    key_id: ::std::string::String,
}
impl KeyRotation {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.key_id.to_string();
        let path = crate::runtime::fill_path("/key/{keyId}:rotate", &[("keyId", path_0.as_str())])?;
        let request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "kms", "v1", path)
                .with_operation("keyRotation");
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
/// The errors the documentation of `keyRotation` lists. Read one from a service error with [`KeyRotationErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyRotationErrorKind {
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl KeyRotationErrorKind {
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
/// Request builder of `scheduleKeyDeletion`, made by [`Client::schedule_key_deletion`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ScheduleKeyDeletion {
    config: crate::runtime::Config,
    key_id: ::std::string::String,
    delay_days: ::std::option::Option<i32>,
}
impl ScheduleKeyDeletion {
    /// `delayDays`: The delayed deletion time, counted on the basis of day, is 7 days by default, and the supported time range is 7~30 days.
    pub fn delay_days(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.delay_days = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.key_id.to_string();
        if let ::std::option::Option::Some(value) = &self.delay_days {
            crate::runtime::push_query(&mut query, "delayDays", value)?;
        }
        let path = crate::runtime::fill_path("/key/{keyId}:delete", &[("keyId", path_0.as_str())])?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "kms", "v1", path)
                .with_operation("scheduleKeyDeletion");
        request = request.with_query(query);
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
/// The errors the documentation of `scheduleKeyDeletion` lists. Read one from a service error with [`ScheduleKeyDeletionErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScheduleKeyDeletionErrorKind {
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl ScheduleKeyDeletionErrorKind {
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
