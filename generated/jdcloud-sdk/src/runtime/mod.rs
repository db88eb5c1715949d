//! The runtime shared by every service module: configuration and
//! credentials, `JDCLOUD3-HMAC-SHA256` signing, JD Cloud's query encoding,
//! sending with retries, errors, pagination and (feature `blocking`)
//! synchronous calls.
//!
//! A generated operation fills a [`Request`], its body serialized once by a
//! [`JsonObject`], and hands it to [`send`]:
//!
//! ```text
//! let path = query::fill_path(
//!     "/regions/{regionId}/instances/{instanceId}:stopInstance",
//!     &[("regionId", &region), ("instanceId", &instance_id)],
//! )?;
//! let mut body = JsonObject::new();
//! body.member("force", &true)?;
//! let request = Request::new(Method::POST, "vm", "v1", path)
//!     .with_region(region)
//!     .with_json_body(body.finish());
//! let response: Response<()> = send(&config, request).await?;
//! ```
//!
//! Before each attempt, [`send`] calls [`sign_request`], which gives the URL,
//! the headers and the signature the attempt goes out with.

#[cfg(feature = "blocking")]
pub mod blocking;
pub mod config;
pub mod credentials;
mod datetime;
pub mod error;
pub mod http;
#[cfg(test)]
mod http_tests;
pub mod paginate;
pub mod query;
pub mod response;
pub mod retry;
pub mod signer;
#[cfg(test)]
mod signer_vectors;

#[cfg(feature = "blocking")]
pub use self::blocking::block_on;
pub use self::config::{Config, Endpoint, Scheme};
pub use self::credentials::Credentials;
pub use self::error::{CommonStatus, Envelope, Error, ErrorBody, ServiceError};
pub use self::http::{header_value, send, sign_request, JsonObject, Request, SignedRequest};
pub use self::paginate::{paginate, Page};
pub use self::query::{fill_path, push_query};
pub use self::response::Response;
pub use self::retry::{new_client_token, RetryPolicy};
pub use self::signer::{sign, SignableRequest, Signature};

/// The HTTP method type used by [`Request`].
pub use ::http::Method;
