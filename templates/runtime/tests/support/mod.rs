//! What the runtime's integration tests share: a loopback server that misbehaves on purpose,
//! and a tracing layer that keeps what the runtime records.

#![allow(dead_code)]

pub mod capture;
pub mod server;
