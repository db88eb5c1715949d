//! Joins the two halves: each break of the generated Rust API is laid on the change of the
//! model that causes it, so a change is breaking for Rust code exactly when the API the
//! emitter generates breaks because of it.

use super::change::{Aspect, Change, Class, Node};
use super::rust_api::Break;

/// Marks the changes that break the Rust API, and adds a change for each break that no
/// change of the model explains.
pub fn attribute(service: &str, changes: &mut Vec<Change>, breaks: Vec<Break>) {
    for b in breaks {
        let targets = owners(changes, &b.origin);
        if targets.is_empty() {
            changes.push(Change {
                service: service.to_string(),
                summary: format!("{}: generated Rust API changed", b.origin.label()),
                node: b.origin,
                aspect: Aspect::RustApi,
                class: Class::Breaking,
                rust_breaking: true,
                wire_breaking: false,
                rust: vec![b.what],
                wire: None,
                rust_relevant: true,
            });
            continue;
        }
        for i in targets {
            let c = &mut changes[i];
            c.rust_breaking = true;
            c.class = Class::Breaking;
            if !c.rust.contains(&b.what) {
                c.rust.push(b.what.clone());
            }
        }
    }
    for c in changes.iter_mut() {
        c.rust.sort();
    }
    changes.sort_by(|a, b| {
        (a.node.sort_key(), a.aspect, &a.summary).cmp(&(b.node.sort_key(), b.aspect, &b.summary))
    });
}

/// The changes that can have caused a break at `origin`: those of the node itself that can
/// change the Rust API, else those of the nearest enclosing node (an operation removed takes
/// the breaks of its parameters).
fn owners(changes: &[Change], origin: &Node) -> Vec<usize> {
    let mut node = Some(origin.clone());
    while let Some(n) = node {
        let found: Vec<usize> = changes
            .iter()
            .enumerate()
            .filter(|(_, c)| c.node == n && c.rust_relevant)
            .map(|(i, _)| i)
            .collect();
        if !found.is_empty() {
            return found;
        }
        node = n.parent();
    }
    Vec::new()
}
