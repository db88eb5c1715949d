//! Which pages document one operation.

use std::collections::BTreeMap;

use crate::ir::Operation;
use crate::parse::page::OperationPage;

/// Pages that document one operation, by the closure of "same name ignoring case, or same
/// method and route": a page that shares its name with one page and its route with another
/// joins the two, so no two groups can share a name or a route. Groups in the order of their
/// first page (the merge orders each group by precedence, so the input order does not
/// matter).
pub(super) fn same_operations(pages: Vec<OperationPage>) -> Vec<Vec<OperationPage>> {
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut parent: Vec<usize> = (0..pages.len()).collect();
    let mut by_id: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_route: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (i, page) in pages.iter().enumerate() {
        let first_id = *by_id
            .entry(page.operation.id.to_ascii_lowercase())
            .or_insert(i);
        let first_route = *by_route.entry(route_key(&page.operation)).or_insert(i);
        for j in [first_id, first_route] {
            let (a, b) = (root(&mut parent, i), root(&mut parent, j));
            // The earlier page is the root, so groups keep the order of their first page.
            parent[a.max(b)] = a.min(b);
        }
    }
    let mut group_of: BTreeMap<usize, usize> = BTreeMap::new();
    let mut groups: Vec<Vec<OperationPage>> = Vec::new();
    for (i, page) in pages.into_iter().enumerate() {
        let r = root(&mut parent, i);
        let g = *group_of.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(page);
    }
    groups
}

/// The method and the route (version and path, letter case and placeholder names ignored).
pub(super) fn route_key(op: &Operation) -> (String, String) {
    (op.method.to_string(), route(op))
}

/// The version and path, letter case and placeholder names ignored, without a trailing `/`.
pub(super) fn route(op: &Operation) -> String {
    let mut path = String::new();
    let mut inside = false;
    for c in op.path.trim_end_matches('/').chars() {
        match c {
            '{' => {
                inside = true;
                path.push_str("{}");
            }
            '}' => inside = false,
            _ if inside => {}
            _ => path.push(c.to_ascii_lowercase()),
        }
    }
    format!("{}{}", op.version, path)
}

/// Whether two pages of one group can be the same operation: they share the method or the
/// route. Pages with another method *and* another route are only namesakes.
pub(super) fn compatible(a: &Operation, b: &Operation) -> bool {
    a.method == b.method || route(a) == route(b)
}
