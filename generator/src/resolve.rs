//! Per-service assembly: duplicate pages of one operation, same-named shapes of different
//! pages, type references, and overview pages.

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostics::{Code, Diagnostics, Severity};
use crate::ir::{Api, Field, Operation, Service, Shape, Source, TypeRef};
use crate::parse::local::{rename_in_type, same_fields};
use crate::parse::page::{OperationPage, Overview};
use crate::parse::{PageContent, ParsedPage};

/// Builds the API from parsed pages.
pub fn resolve(pages: Vec<ParsedPage>, diags: &mut Diagnostics) -> Api {
    let mut by_service: BTreeMap<String, Vec<OperationPage>> = BTreeMap::new();
    let mut overviews: Vec<(String, Overview)> = Vec::new();
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
    for (file, overview) in overviews {
        attach_overview(&file, overview, &op_dirs, &mut services, diags);
    }
    Api {
        services: services.into_values().collect(),
    }
}

fn parent_dir(file: &str) -> String {
    match file.rfind('/') {
        Some(i) => file[..i].to_string(),
        None => String::new(),
    }
}

/// How much a page documents: used to pick among duplicate pages.
fn weight(page: &OperationPage) -> usize {
    page.operation.params.len()
        + page.shapes.iter().map(|s| s.fields.len()).sum::<usize>()
        + page.operation.response.fields.len()
        + page.operation.errors.len()
}

fn build_service(name: String, pages: Vec<OperationPage>, diags: &mut Diagnostics) -> Service {
    let pages = dedupe_operations(pages, diags);
    let host = most_common(pages.iter().map(|p| p.operation.host.as_str()));
    let version = most_common(pages.iter().map(|p| p.operation.version.as_str()));
    let mut operations = Vec::new();
    let mut all_shapes = Vec::new();
    for page in pages {
        operations.push(page.operation);
        all_shapes.extend(page.shapes);
    }
    let mut shapes = merge_shapes(all_shapes, diags);
    resolve_references(&mut operations, &mut shapes, diags);
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

/// Pages that document the same operation (same id ignoring case, or same method and path)
/// are merged: the page that documents the most wins, the others are listed as duplicates.
fn dedupe_operations(pages: Vec<OperationPage>, diags: &mut Diagnostics) -> Vec<OperationPage> {
    let groups = group_same_operations(pages);
    let mut out = Vec::new();
    for mut group in groups {
        // Highest weight first; ties go to the first file in path order.
        group.sort_by(|a, b| {
            weight(b)
                .cmp(&weight(a))
                .then_with(|| a.operation.source.cmp(&b.operation.source))
        });
        let mut iter = group.into_iter();
        let Some(mut winner) = iter.next() else {
            continue;
        };
        for loser in iter {
            let w = &winner.operation;
            let l = &loser.operation;
            let names = |o: &Operation| -> BTreeSet<String> {
                o.params.iter().map(|p| p.name.clone()).collect()
            };
            let (wn, ln) = (names(w), names(l));
            let only_loser: Vec<_> = ln.difference(&wn).cloned().collect();
            let only_winner: Vec<_> = wn.difference(&ln).cloned().collect();
            let mut differences = Vec::new();
            if w.id != l.id {
                differences.push(format!("name `{}` vs `{}`", w.id, l.id));
            }
            if w.method != l.method || w.path != l.path {
                differences.push(format!(
                    "`{} {}` vs `{} {}`",
                    w.method, w.path, l.method, l.path
                ));
            }
            if !only_loser.is_empty() {
                differences.push(format!("parameters only here: {}", only_loser.join(", ")));
            }
            if !only_winner.is_empty() {
                differences.push(format!(
                    "parameters only in the used page: {}",
                    only_winner.join(", ")
                ));
            }
            let severity = if differences.is_empty() {
                Severity::Info
            } else {
                Severity::Warning
            };
            diags.report(
                severity,
                Code::DuplicateOperation,
                &l.source,
                format!(
                    "this page documents `{}` again; {} (which documents more) is used{}",
                    l.id,
                    w.source,
                    if differences.is_empty() {
                        String::new()
                    } else {
                        format!("; differences: {}", differences.join("; "))
                    }
                ),
            );
            winner
                .operation
                .duplicates
                .push(loser.operation.source.clone());
        }
        winner.operation.duplicates.sort();
        out.push(winner);
    }
    out
}

/// Pages that document one operation, by the closure of "same name ignoring case, or same
/// method and route": a page that shares its name with one page and its route with another
/// joins the two, so no two groups can share a name or a route. Groups in the order of their
/// first page.
fn group_same_operations(pages: Vec<OperationPage>) -> Vec<Vec<OperationPage>> {
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

fn route_key(op: &Operation) -> (String, String) {
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
    (op.method.clone(), format!("{}{}", op.version, path))
}

/// Merges same-named shapes (letter case ignored) of different pages. Identical definitions
/// merge quietly; different ones are united field by field, and the difference is reported.
fn merge_shapes(shapes: Vec<Shape>, diags: &mut Diagnostics) -> Vec<Shape> {
    let mut groups: BTreeMap<String, Vec<Shape>> = BTreeMap::new();
    for s in shapes {
        groups
            .entry(s.name.to_ascii_lowercase())
            .or_default()
            .push(s);
    }
    let mut out = Vec::new();
    for (_, mut group) in groups {
        group.sort_by(|a, b| a.source.cmp(&b.source));
        let mut iter = group.into_iter();
        let Some(mut merged) = iter.next() else {
            continue;
        };
        for other in iter {
            merged.also_defined_at.push(other.source.clone());
            merged
                .also_defined_at
                .extend(other.also_defined_at.iter().cloned());
            if same_fields(&merged.fields, &other.fields) {
                continue;
            }
            let mut notes = Vec::new();
            if other.name != merged.name {
                notes.push(format!("spelled `{}` there", other.name));
            }
            for f in other.fields {
                match merged.fields.iter_mut().find(|g| g.name == f.name) {
                    None => {
                        notes.push(format!("`{}` only there", f.name));
                        merged.fields.push(f);
                    }
                    Some(g) => {
                        if g.ty != f.ty {
                            notes.push(format!(
                                "`{}` is `{}` there but `{}` at {} (kept)",
                                f.name, f.type_text, g.type_text, g.source
                            ));
                        }
                        if f.required && !g.required {
                            g.required = true;
                        }
                    }
                }
            }
            if !notes.is_empty() {
                diags.report(
                    Severity::Warning,
                    Code::ShapeConflict,
                    &other.source,
                    format!(
                        "shape `{}` differs from its definition at {}: {}; the fields were united",
                        merged.name,
                        merged.source,
                        notes.join("; ")
                    ),
                );
            }
        }
        merged.also_defined_at.sort();
        merged.also_defined_at.dedup();
        out.push(merged);
    }
    out
}

/// Points every type name at a shape of the service (matching letter case as a fallback);
/// names no section defines become untyped objects, with a diagnostic.
fn resolve_references(ops: &mut [Operation], shapes: &mut [Shape], diags: &mut Diagnostics) {
    let names: Vec<String> = shapes.iter().map(|s| s.name.clone()).collect();
    let mut fix = |ty: &mut TypeRef, type_text: &str, at: &Source, what: &str| {
        let mut unresolved = None;
        rename_in_type(ty, &mut |n| {
            if names.iter().any(|s| s == n) {
                return None;
            }
            match names.iter().find(|s| s.eq_ignore_ascii_case(n)) {
                Some(s) => Some(s.clone()),
                None => {
                    unresolved = Some(n.to_string());
                    None
                }
            }
        });
        if let Some(n) = unresolved {
            diags.report(
                Severity::Warning,
                Code::UnresolvedType,
                at,
                format!("type `{type_text}` of `{what}` names `{n}`, but no `### {n}` section of this service defines it; it is read as an untyped object (add the section)"),
            );
            replace_named(ty, &n);
        }
    };
    for op in ops.iter_mut() {
        for p in &mut op.params {
            fix(&mut p.ty, &p.type_text, &p.source, &p.name);
        }
        let r = &mut op.response;
        for f in r
            .result
            .iter_mut()
            .chain(r.fields.iter_mut())
            .chain(r.extra.iter_mut())
        {
            fix_field(f, &mut fix);
        }
    }
    for s in shapes.iter_mut() {
        for f in &mut s.fields {
            fix_field(f, &mut fix);
        }
    }
}

fn fix_field(f: &mut Field, fix: &mut dyn FnMut(&mut TypeRef, &str, &Source, &str)) {
    fix(&mut f.ty, &f.type_text, &f.source, &f.name);
}

fn replace_named(ty: &mut TypeRef, name: &str) {
    match ty {
        TypeRef::Array(inner) => replace_named(inner, name),
        TypeRef::Named(n) if n == name => *ty = TypeRef::Object,
        _ => {}
    }
}

/// Attaches an overview page to the service whose operation pages share its folder, or whose
/// operations it lists.
fn attach_overview(
    file: &str,
    overview: Overview,
    op_dirs: &[(String, String)],
    services: &mut BTreeMap<String, Service>,
    diags: &mut Diagnostics,
) {
    let dir = parent_dir(file);
    let prefix = if dir.is_empty() {
        String::new()
    } else {
        format!("{dir}/")
    };
    let mut votes: BTreeMap<&str, usize> = BTreeMap::new();
    for (d, svc) in op_dirs {
        if *d == dir || d.starts_with(&prefix) {
            *votes.entry(svc.as_str()).or_default() += 1;
        }
    }
    if votes.is_empty() {
        for entry in &overview.catalog {
            for svc in services.values() {
                if svc
                    .operations
                    .iter()
                    .any(|o| o.id.eq_ignore_ascii_case(&entry.name))
                {
                    *votes.entry(svc.name.as_str()).or_default() += 1;
                }
            }
        }
    }
    let chosen = votes
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(k, _)| k.to_string());
    let Some(name) = chosen else {
        diags.report(
            Severity::Warning,
            Code::OrphanOverview,
            &overview.source,
            format!(
                "overview page lists {} operation(s) but no operation page of any service sits in its folder or matches them; it was not used (parse it together with the service's operation pages)",
                overview.catalog.len()
            ),
        );
        return;
    };
    let Some(service) = services.get_mut(&name) else {
        return;
    };
    if service.source.is_some() {
        diags.report(
            Severity::Warning,
            Code::OrphanOverview,
            &overview.source,
            format!(
                "service `{name}` already has an overview page ({}); this one was not used",
                service
                    .source
                    .as_ref()
                    .map(Source::to_string)
                    .unwrap_or_default()
            ),
        );
        return;
    }
    service.title = overview.title;
    service.description = overview.description;
    if let Some(v) = overview.version {
        if service.version.is_empty() {
            service.version = v;
        }
    }
    service.catalog = overview.catalog;
    service.source = Some(overview.source);
}
