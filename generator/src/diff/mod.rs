//! `jdcloud-codegen diff`: what changed between two sets of pages, per service, and what each
//! change breaks.
//!
//! ```text
//! old pages ─load─▶ model ─┬─ compare (model.rs, wire.rs) ──▶ changes, wire classification
//! new pages ─load─▶ model ─┘
//!          each model ─emit Rust, read back (rust_api.rs) ─▶ API items ─▶ breaks
//!          changes + breaks ─(classify.rs)─▶ classified changes ─(render.rs)─▶ text · markdown · JSON
//! ```
//!
//! A change is *breaking for Rust code* when code that compiles against the crate generated
//! from the old pages does not compile against the new one: decided by emitting both crates'
//! API and comparing the items, not by rules about the model. It is *breaking on the wire*
//! when a request that was accepted is now refused or means something else (for a response:
//! when a client built from the old pages can no longer read it). Other changes are
//! *compatible*, or *docs only* when only text changed.

pub mod change;
mod classify;
pub mod command;
mod model;
pub mod render;
pub mod rust_api;
pub mod wire;

use std::collections::{BTreeMap, BTreeSet};

use crate::ir::{Api, Service};
use crate::rust::names::service_names;

pub use change::{Aspect, Change, Class, Counts, Node, Report, ServiceChanges};

/// Compares two models.
pub fn diff(old: &Api, new: &Api) -> Report {
    let (om, nm) = (modules(old), modules(new));
    let by_name = |api: &Api| -> BTreeMap<String, Service> {
        api.services
            .iter()
            .map(|s| (s.name.clone(), s.clone()))
            .collect()
    };
    let (os, ns) = (by_name(old), by_name(new));
    let names: Vec<String> = os
        .keys()
        .chain(ns.keys())
        .cloned()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let services = crate::par::map(&names, |name| {
        let (o, n) = (os.get(name), ns.get(name));
        let mut changes = model::compare_service(name, o, n);
        let (o_mod, n_mod) = (om.get(name), nm.get(name));
        let structural = changes.iter().any(|c| c.class != Class::DocsOnly);
        if structural || o_mod != n_mod {
            let surface = |svc: Option<&Service>, m: Option<&(String, String)>| match (svc, m) {
                (Some(s), Some((module, feature))) => rust_api::service_surface(s, module, feature),
                _ => rust_api::Surface::default(),
            };
            let breaks = rust_api::breaks(&surface(o, o_mod), &surface(n, n_mod));
            classify::attribute(name, &mut changes, breaks);
        } else {
            classify::attribute(name, &mut changes, Vec::new());
        }
        ServiceChanges {
            service: name.clone(),
            changes,
        }
    });
    Report {
        services: services
            .into_iter()
            .filter(|s| !s.changes.is_empty())
            .collect(),
    }
}

/// The module and feature the crate gives each service.
fn modules(api: &Api) -> BTreeMap<String, (String, String)> {
    api.services
        .iter()
        .map(|s| s.name.clone())
        .zip(service_names(api.services.iter().map(|s| s.name.as_str())))
        .collect()
}
