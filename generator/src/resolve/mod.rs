//! Per-service assembly: the pages that document one operation or one model are merged fact
//! by fact, type references are resolved, and overview pages are attached.
//!
//! # Which page decides what
//!
//! One operation is often documented by several pages: in English and in Chinese, and by
//! several generations of the documentation generator. The pages are grouped (`group`: same
//! name ignoring case, or same method and route, and everything those link), ordered by
//! precedence (`rank`), and merged (`merge`):
//!
//! 1. **Precedence.** The page whose layout marks a newer doc generation comes first
//!    ([`crate::parse::layout`]); then the page that documents more (parameters, members,
//!    return codes); then the English page (the English pages were translated from the
//!    Chinese ones, so at equal marks the translation is the later text); then path order.
//!    Only the pages decide: never the order they were given in, nor the thread count.
//! 2. **Operation facts.** Name, method, host, version and path come from the first page. A
//!    page under the same name with another method *and* another path cannot be the same
//!    operation: it is not merged, and is listed in `candidates`.
//! 3. **Parameters, result members and return codes** are united: one documented by a single
//!    page is kept (return codes by status: the error codes any page gives for a status stand
//!    for it, in place of another page's bare row). Each fact of one (type, required, default, example, constraints and allowed
//!    values) comes from the first page that documents it (the first that states it, for a
//!    default, an example or constraints); its location follows the first page's method and
//!    path, by the parser's rules.
//! 4. **Models** (same-named shapes of a service, letter case ignored) are merged the same way,
//!    by the precedence of the pages that define them.
//! 5. **Docs** are kept per language, the language told by the text itself: `doc` /
//!    `description` hold the first page's English text (or the only text there is), and
//!    `doc_zh` / `description_zh` the first page's Chinese text beside it.
//! 6. **Examples** of every page are kept, the first page's first, without repeats.
//!
//! Every disagreement is kept on the node (`disagreements`: each page's value, the used one
//! first) and reported (`operation-conflict`, `shape-conflict`, `incomplete-page`,
//! `operation-candidate`, naming both pages and lines); [`report`] lists them per service.

mod disputes;
mod group;
mod members;
mod merge;
mod overview;
mod rank;
mod refs;
pub mod report;
mod shapes;

use std::collections::BTreeMap;

use crate::diagnostics::Diagnostics;
use crate::ir::{Api, Service};
use crate::parse::page::OperationPage;
use crate::parse::{PageContent, ParsedPage};

/// Builds the API from parsed pages.
pub fn resolve(pages: Vec<ParsedPage>, diags: &mut Diagnostics) -> Api {
    let mut by_service: BTreeMap<String, Vec<OperationPage>> = BTreeMap::new();
    let mut overviews = Vec::new();
    let mut op_dirs: Vec<(String, String)> = Vec::new();
    for page in pages {
        match page.content {
            PageContent::Operation(op) => {
                op_dirs.push((parent_dir(&page.file), op.service.clone()));
                by_service.entry(op.service.clone()).or_default().push(*op);
            }
            PageContent::Overview(o) => overviews.push((page.file, o)),
            PageContent::Other => {}
        }
    }

    let mut services: BTreeMap<String, Service> = BTreeMap::new();
    for (name, pages) in by_service {
        services.insert(name.clone(), build_service(name, pages, diags));
    }
    // Overviews in path order, so the one attached does not depend on the input order.
    overviews.sort_by(|a, b| a.0.cmp(&b.0));
    for (file, overview) in overviews {
        overview::attach(&file, overview, &op_dirs, &mut services, diags);
    }
    Api {
        services: services.into_values().collect(),
    }
}

pub(crate) fn parent_dir(file: &str) -> String {
    match file.rfind('/') {
        Some(i) => file[..i].to_string(),
        None => String::new(),
    }
}

fn build_service(name: String, pages: Vec<OperationPage>, diags: &mut Diagnostics) -> Service {
    let mut operations = Vec::new();
    let mut all_shapes = Vec::new();
    for group in group::same_operations(pages) {
        let Some(merged) = merge::operation(group, diags) else {
            continue;
        };
        operations.push(merged.operation);
        all_shapes.extend(merged.shapes);
    }
    let host = most_common(operations.iter().map(|o| o.host.as_str()));
    let version = most_common(operations.iter().map(|o| o.version.as_str()));
    let mut shapes = shapes::merge(all_shapes, diags);
    refs::resolve_references(&mut operations, &mut shapes, diags);
    operations.sort_by(|a, b| a.id.cmp(&b.id).then_with(|| a.source.cmp(&b.source)));
    shapes.sort_by(|a, b| a.name.cmp(&b.name));
    Service {
        name,
        host,
        version,
        title: None,
        description: None,
        catalog: Vec::new(),
        operations,
        shapes,
        source: None,
    }
}

fn most_common<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for i in items {
        *counts.entry(i).or_default() += 1;
    }
    let mut best: Option<(&str, usize)> = None;
    for (k, n) in counts {
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((k, n));
        }
    }
    best.map(|(k, _)| k.to_string()).unwrap_or_default()
}
