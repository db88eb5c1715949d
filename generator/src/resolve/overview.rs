//! Overview pages: each is attached to the service whose pages sit beside it.

use std::collections::BTreeMap;

use crate::diagnostics::{Code, Diagnostics, Severity};
use crate::ir::{Service, Source};
use crate::parse::page::Overview;

use super::parent_dir;

/// Attaches an overview page to the service whose operation pages share its folder, or whose
/// operations it lists.
pub(super) fn attach(
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
    // Ties (an operation name that several services share) go to the service its folder
    // names (`specs/vm/en/…`), then to the first by name.
    let named = |svc: &str| file.split('/').any(|part| part.eq_ignore_ascii_case(svc));
    let chosen = votes
        .iter()
        .max_by(|a, b| {
            a.1.cmp(b.1)
                .then_with(|| named(a.0).cmp(&named(b.0)))
                .then_with(|| b.0.cmp(a.0))
        })
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
