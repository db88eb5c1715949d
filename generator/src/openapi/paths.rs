//! Where operations go: the `paths` object and the servers.
//!
//! The document's server is `https://<host>/<version>` of the service. An operation served
//! from another host or version (monitor has v1 and v2 operations) carries its own `servers`.
//! Should that put two operations on the same path and method, the later one gets the version
//! in its path and a server without one; if it still collides it is left out with a diagnostic.
//! Paths that differ only in parameter names count as the same path (validators reject them).

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use crate::diagnostics::{Code, Diagnostics, Severity};
use crate::ir::{Operation, Service};

/// Path-item keys in the order OpenAPI lists them.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Where one operation is placed.
pub(crate) struct Placement {
    pub path: String,
    pub method: &'static str,
    /// The operation's own `servers`, when it differs from the document's.
    pub servers: Option<Value>,
}

/// The `paths` object being filled.
#[derive(Default)]
pub(crate) struct Paths {
    items: BTreeMap<String, BTreeMap<usize, Value>>,
    /// Normalised template (`{}` for every variable) → the path written for it.
    templates: BTreeMap<String, String>,
}

impl Paths {
    /// Finds a free place for `op`, or reports why there is none.
    pub(crate) fn place(
        &mut self,
        svc: &Service,
        op: &Operation,
        diags: &mut Diagnostics,
    ) -> Option<Placement> {
        let lower = op.method.as_str().to_ascii_lowercase();
        let Some(slot) = METHODS.iter().position(|m| *m == lower) else {
            diags.report(
                Severity::Error,
                Code::UnknownMethod,
                &op.source,
                format!(
                    "`{}` is not an HTTP method OpenAPI can describe; `{}` is left out of the OpenAPI document",
                    op.method, op.id
                ),
            );
            return None;
        };
        let own = op.host != svc.host || op.version != svc.version;
        let servers = own.then(|| json!([server(&op.host, Some(&op.version))]));
        if self.is_free(&op.path, slot) {
            return Some(self.claim(op.path.clone(), slot, servers));
        }
        let versioned = format!("/{}{}", op.version, op.path);
        if !op.version.is_empty() && self.is_free(&versioned, slot) {
            let servers = Some(json!([server(&op.host, None)]));
            return Some(self.claim(versioned, slot, servers));
        }
        diags.report(
            Severity::Error,
            Code::DuplicateOperation,
            &op.source,
            format!(
                "`{}` has the same method and path as another operation of `{}` ({} {}); it is left out of the OpenAPI document",
                op.id, svc.name, op.method, op.path
            ),
        );
        None
    }

    fn is_free(&self, path: &str, slot: usize) -> bool {
        match self.templates.get(&normalise(path)) {
            None => true,
            Some(written) => {
                written == path
                    && !self
                        .items
                        .get(written)
                        .is_some_and(|i| i.contains_key(&slot))
            }
        }
    }

    fn claim(&mut self, path: String, slot: usize, servers: Option<Value>) -> Placement {
        self.templates.insert(normalise(&path), path.clone());
        self.items.entry(path.clone()).or_default();
        Placement {
            path,
            method: METHODS[slot],
            servers,
        }
    }

    /// Puts the operation object at its place.
    pub(crate) fn insert(&mut self, at: &Placement, operation: Value) {
        let slot = METHODS.iter().position(|m| *m == at.method).unwrap_or(0);
        self.items
            .entry(at.path.clone())
            .or_default()
            .insert(slot, operation);
    }

    /// The `paths` object, paths sorted, methods in OpenAPI order.
    pub(crate) fn into_value(self) -> Value {
        let mut out = Map::new();
        for (path, ops) in self.items {
            let item: Map<String, Value> = ops
                .into_iter()
                .map(|(slot, op)| (METHODS[slot].to_owned(), op))
                .collect();
            out.insert(path, Value::Object(item));
        }
        Value::Object(out)
    }
}

fn normalise(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    out.push_str("{}");
                }
            }
            '}' if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            _ => out.push(c),
        }
    }
    out
}

/// `https://<host>/<version>`; a `{placeholder}` in the host becomes a server variable
/// (`{regionId}` defaults to `cn-north-1`).
pub(crate) fn server(host: &str, version: Option<&str>) -> Value {
    let url = match version {
        Some(v) if !v.is_empty() => format!("https://{host}/{v}"),
        _ => format!("https://{host}"),
    };
    let mut s = Map::new();
    s.insert("url".into(), json!(url));
    let vars = super::operation::template_vars(host);
    if !vars.is_empty() {
        let mut m = Map::new();
        for &v in &vars {
            let default = if v.to_ascii_lowercase().contains("region") {
                "cn-north-1"
            } else {
                v
            };
            m.insert(v.to_owned(), json!({ "default": default }));
        }
        // The description goes on the server: swagger-cli's 3.1 schema rejects one on a
        // server variable.
        let names: Vec<String> = vars.iter().map(|v| format!("`{v}`")).collect();
        s.insert(
            "description".into(),
            json!(format!("The host depends on {}.", names.join(", "))),
        );
        s.insert("variables".into(), Value::Object(m));
    }
    Value::Object(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_ignores_parameter_names() {
        assert_eq!(
            normalise("/regions/{regionId}/x/{id}:stop"),
            "/regions/{}/x/{}:stop"
        );
    }

    #[test]
    fn region_in_host_is_a_variable() {
        let s = server("monitor.{regionId}.jdcloud-api.com", Some("v2"));
        assert_eq!(s["url"], "https://monitor.{regionId}.jdcloud-api.com/v2");
        assert_eq!(s["variables"]["regionId"]["default"], "cn-north-1");
    }
}
