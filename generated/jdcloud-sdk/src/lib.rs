//! Typed, signed, async client for JD Cloud (京东云) APIs, generated from the JD Cloud API
//! reference by `jdcloud-codegen`.
//!
//! Each service is a module behind a cargo feature of the same name:
//!
//! - `ag`: `ag` — Availability Group (6 operation(s))
//! - `baseanti`: `baseanti` — 京东云DDoS基础防护相关接口 (5 operation(s))
//! - `billing`: `billing` — 计费 (14 operation(s))
//! - `clouddnsservice`: `clouddnsservice` — 京东云解析OpenAPI接口 (18 operation(s))
//! - `coc-vm`: `coc_vm` — `coc-vm` service (1 operation(s))
//! - `cps`: `cps` — 云物理服务器 (18 operation(s))
//! - `datastar`: `datastar` — 知客相关API (2 operation(s))
//! - `disk`: `disk` — Cloud Disk Service API (12 operation(s))
//! - `edcps`: `edcps` — `edcps` service (1 operation(s))
//! - `iam`: `iam` — IAM API (19 operation(s))
//! - `ipanti`: `ipanti` — 京东云IP高防相关接口 (58 operation(s))
//! - `jdfusion`: `jdfusion` — `jdfusion` service (1 operation(s))
//! - `kms`: `kms` — Key Management Service (11 operation(s))
//! - `kubernetes`: `kubernetes` — JCS for Kubernetes (9 operation(s))
//! - `live`: `live` — Live-Video API (8 operation(s))
//! - `logs`: `logs` — JCLOUD LOGS API (8 operation(s))
//! - `mongodb`: `mongodb` — 京东云数据库MongoDB接口 (17 operation(s))
//! - `monitor`: `monitor` — JCLOUD MONITOR API (17 operation(s))
//! - `nc`: `nc` — 原生容器 (15 operation(s))
//! - `openapi`: `openapi` — cr (6 operation(s))
//! - `oss`: `oss` — Object Storage Service APIs (6 operation(s))
//! - `ossopenapi`: `ossopenapi` — `ossopenapi` service (3 operation(s))
//! - `rds`: `rds` — Cloud Database RDS (52 operation(s))
//! - `redis`: `redis` — JDCloud Redis API (16 operation(s))
//! - `sop`: `sop` — 敏感操作保护 (2 operation(s))
//! - `streambus`: `streambus` — JDCLOUD 流数据总线 API (8 operation(s))
//! - `vm`: `vm` — VM (41 operation(s))
//! - `vpc`: `vpc` — JD Cloud VPC (58 operation(s))
//! - `xdata`: `xdata` — 数据计算服务API (18 operation(s))
//!
//! ```text
//! let config = Config::new(Credentials::from_env()?);
//! let client = ag::Client::new(&config);
//! let response = client.abandon_instances("cn-north-1", ag_id, instance_ids).send().await?;
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
#[cfg(feature = "ag")]
pub mod ag;
#[cfg(feature = "baseanti")]
pub mod baseanti;
#[cfg(feature = "billing")]
pub mod billing;
#[cfg(feature = "clouddnsservice")]
pub mod clouddnsservice;
#[cfg(feature = "coc-vm")]
pub mod coc_vm;
#[cfg(feature = "cps")]
pub mod cps;
#[cfg(feature = "datastar")]
pub mod datastar;
#[cfg(feature = "disk")]
pub mod disk;
#[cfg(feature = "edcps")]
pub mod edcps;
#[cfg(feature = "iam")]
pub mod iam;
#[cfg(feature = "ipanti")]
pub mod ipanti;
#[cfg(feature = "jdfusion")]
pub mod jdfusion;
#[cfg(feature = "kms")]
pub mod kms;
#[cfg(feature = "kubernetes")]
pub mod kubernetes;
#[cfg(feature = "live")]
pub mod live;
#[cfg(feature = "logs")]
pub mod logs;
#[cfg(feature = "mongodb")]
pub mod mongodb;
#[cfg(feature = "monitor")]
pub mod monitor;
#[cfg(feature = "nc")]
pub mod nc;
#[cfg(feature = "openapi")]
pub mod openapi;
#[cfg(feature = "oss")]
pub mod oss;
#[cfg(feature = "ossopenapi")]
pub mod ossopenapi;
#[cfg(feature = "rds")]
pub mod rds;
#[cfg(feature = "redis")]
pub mod redis;
#[cfg(feature = "sop")]
pub mod sop;
#[cfg(feature = "streambus")]
pub mod streambus;
#[cfg(feature = "vm")]
pub mod vm;
#[cfg(feature = "vpc")]
pub mod vpc;
#[cfg(feature = "xdata")]
pub mod xdata;
