//! Typed, signed, async client for JD Cloud (京东云) APIs, generated from the JD Cloud API
//! reference by `jdcloud-codegen`.
//!
//! Each service is a module behind a cargo feature of the same name:
//!
//! - `widget`: `widget` — Widget (3 operation(s))
//!
//! ```text
//! let config = Config::new(Credentials::from_env()?);
//! let client = widget::Client::new(&config);
//! let response = client.create_widget("cn-north-1", widget_spec).send().await?;
//! ```
//!
//! Required parameters are arguments of the client method, optional ones setters of the request
//! builder it returns; `send` signs, sends, retries where that is safe, and returns the typed
//! result. See `Config` for credentials, endpoints, timeouts and retries, and `Error` for what
//! can go wrong.
#![forbid(unsafe_code)]
#![warn(missing_docs)]
pub use self::runtime::{
    CommonStatus, Config, Credentials, Endpoint, Error, Response, RetryPolicy, Scheme, ServiceError,
};
/// The runtime every service module calls: the `jdcloud-sdk-runtime` crate.
pub use ::jdcloud_sdk_runtime as runtime;
#[cfg(feature = "widget")]
pub mod widget;
