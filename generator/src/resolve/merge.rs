//! Merging the pages of one operation fact by fact (the precedence is in the module docs of
//! [`crate::resolve`]).

use std::collections::BTreeMap;

use crate::diagnostics::{Code, Diagnostics, Severity};
use crate::ir::{ErrorCode, Example, Field, Operation, Param, ParamLocation, Source};
use crate::parse::address::placeholders;
use crate::parse::page::OperationPage;
use crate::parse::text::first_sentence;

use super::disputes::{Disputes, Said};
use super::group::compatible;
use super::members::{self, field_as_param, param_as_field, List};
use super::rank::Rank;
use super::shapes::PageShape;

/// An operation merged from its pages, and the shapes those pages define.
pub(super) struct Merged {
    pub operation: Operation,
    pub shapes: Vec<PageShape>,
}

/// Merges the pages of one group (see [`super::group`]); `None` for no pages.
pub(super) fn operation(group: Vec<OperationPage>, diags: &mut Diagnostics) -> Option<Merged> {
    let mut pages: Vec<(Rank, OperationPage)> =
        group.into_iter().map(|p| (Rank::of(&p), p)).collect();
    pages.sort_by(|a, b| a.0.cmp(&b.0));
    let mut iter = pages.into_iter();
    let (lead_rank, lead) = iter.next()?;
    let (others, candidates): (Vec<_>, Vec<_>) =
        iter.partition(|(_, p)| compatible(&lead.operation, &p.operation));
    let candidates: Vec<Source> = candidates
        .into_iter()
        .map(|(_, c)| {
            report_candidate(&lead.operation, &c.operation, diags);
            c.operation.source
        })
        .collect();
    let mut pages = vec![(lead_rank, lead)];
    pages.extend(others);
    let mut merged = match pages.pop() {
        Some((rank, page)) if pages.is_empty() => Merged {
            shapes: PageShape::of(&rank, page.shapes, &page.required_columns),
            operation: page.operation,
        },
        Some(last) => {
            pages.push(last);
            merge_pages(pages, diags)
        }
        None => return None,
    };
    merged.operation.candidates = candidates;
    merged.operation.candidates.sort();
    Some(merged)
}

fn report_candidate(lead: &Operation, other: &Operation, diags: &mut Diagnostics) {
    diags.report(
        Severity::Warning,
        Code::OperationCandidate,
        &other.source,
        format!(
            "this page is also `{}`, but `{} {}` has neither the method nor the path of {} (`{} {}`): it cannot be the same operation, so it was not merged and is listed as a candidate (rename the operation on one of the pages)",
            other.id, other.method, other.path, lead.source, lead.method, lead.path
        ),
    );
}

fn merge_pages(pages: Vec<(Rank, OperationPage)>, diags: &mut Diagnostics) -> Merged {
    let lead = pages[0].1.operation.clone();
    let mut d = Disputes::new(format!("operation `{}`", lead.id), Code::OperationConflict);
    let ops: Vec<(&Rank, &Operation)> = pages.iter().map(|(r, p)| (r, &p.operation)).collect();
    let said = |f: &dyn Fn(&Operation) -> String| -> Vec<Said> {
        ops.iter()
            .map(|(r, o)| Said::new(f(o), &o.source, r))
            .collect()
    };
    d.compare("name", said(&|o| o.id.clone()));
    d.compare("method", said(&|o| o.method.to_string()));
    d.compare(
        "address",
        said(&|o| format!("https://{}/{}{}", o.host, o.version, o.path)),
    );

    let mut op = lead.clone();
    op.params = merge_params(&lead, &ops, &mut d);
    merge_response(&mut op, &ops, &mut d);
    op.errors = merge_errors(&ops, &mut d);
    op.examples = merge_examples(&ops);
    let (description, description_zh) = members::docs(ops.iter().flat_map(|(_, o)| {
        std::iter::once(o.description.as_str()).chain(o.description_zh.as_deref())
    }));
    op.summary = first_sentence(&description);
    op.description = description;
    op.description_zh = description_zh;

    let (disagreements, overruled) = d.finish(diags);
    op.disagreements = disagreements;
    let mut duplicates: Vec<Source> = Vec::new();
    for (rank, o) in ops.iter().skip(1) {
        duplicates.push(o.source.clone());
        duplicates.extend(o.duplicates.iter().cloned());
        let differs = overruled.iter().any(|s| s.file == o.source.file);
        diags.report(
            if differs {
                Severity::Warning
            } else {
                Severity::Info
            },
            Code::DuplicateOperation,
            &o.source,
            format!(
                "this page documents `{}` again; it was merged fact by fact with {}, which decides where they disagree ({}){}",
                o.id,
                lead.source,
                pages[0].0.why_before(rank),
                if differs {
                    "; see the conflicts reported on this page"
                } else {
                    ""
                }
            ),
        );
    }
    duplicates.sort();
    duplicates.dedup();
    op.duplicates = duplicates;

    let mut shapes = Vec::new();
    for (rank, page) in pages {
        shapes.extend(PageShape::of(&rank, page.shapes, &page.required_columns));
    }
    Merged {
        operation: op,
        shapes,
    }
}

/// United parameters, located by the first page's method and path.
fn merge_params(lead: &Operation, ops: &[(&Rank, &Operation)], d: &mut Disputes) -> Vec<Param> {
    // Where pages of the same method place a parameter differently, they disagree; where the
    // methods differ, the method's disagreement says it.
    let mut locations: BTreeMap<String, Vec<Said>> = BTreeMap::new();
    for (rank, o) in ops.iter().filter(|(_, o)| o.method == lead.method) {
        for p in &o.params {
            locations
                .entry(p.name.to_ascii_lowercase())
                .or_default()
                .push(Said::new(location_word(p.location), &p.source, rank));
        }
    }
    let lists: Vec<List> = ops
        .iter()
        .map(|(rank, o)| List {
            rank: (*rank).clone(),
            at: o.source.clone(),
            members: o.params.iter().map(param_as_field).collect(),
            required_known: true,
        })
        .collect();
    let merged = members::merge("parameter", &lists, d);
    let template = placeholders(&lead.path);
    let lead_rows: BTreeMap<&Source, ParamLocation> = lead
        .params
        .iter()
        .map(|p| (&p.source, p.location))
        .collect();
    merged
        .into_iter()
        .map(|f| {
            let key = f.name.to_ascii_lowercase();
            if let Some(said) = locations.remove(&key) {
                d.compare(&format!("parameter `{}`: location", f.name), said);
            }
            // The lead page's own row keeps the location the parser gave it.
            let location = lead_rows
                .get(&f.source)
                .copied()
                .unwrap_or_else(|| locate(&f, lead, &template));
            field_as_param(f, location)
        })
        .collect()
}

/// Where a parameter of another page travels in the first page's operation: the parser's rule
/// (a placeholder of the path; an `x-` header; else the query or the JSON body by method).
fn locate(f: &Field, lead: &Operation, template: &[String]) -> ParamLocation {
    if template.contains(&f.name) {
        ParamLocation::Path
    } else if f.name.to_ascii_lowercase().starts_with("x-") {
        ParamLocation::Header
    } else if matches!(lead.method.to_string().as_str(), "POST" | "PUT" | "PATCH") {
        ParamLocation::Body
    } else {
        ParamLocation::Query
    }
}

fn location_word(l: ParamLocation) -> &'static str {
    match l {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Body => "body",
    }
}

/// The response as the first page documents it (a `result` member, or members listed
/// directly), united with the pages that document it the same way.
fn merge_response(op: &mut Operation, ops: &[(&Rank, &Operation)], d: &mut Disputes) {
    let style = |o: &Operation| o.response.result.is_some();
    let lead_style = style(op);
    let word = |has_result: bool| {
        if has_result {
            "a `result` member"
        } else {
            "members listed directly"
        }
    };
    d.compare(
        "response",
        ops.iter()
            .filter(|(_, o)| !o.response.fields.is_empty() || o.response.result.is_some())
            .map(|(r, o)| Said::new(word(style(o)), &o.source, r))
            .collect(),
    );
    let same: Vec<&(&Rank, &Operation)> =
        ops.iter().filter(|(_, o)| style(o) == lead_style).collect();
    let lists = |pick: &dyn Fn(&Operation) -> Vec<Field>| -> Vec<List> {
        same.iter()
            .map(|(rank, o)| List {
                rank: (*rank).clone(),
                at: o.source.clone(),
                members: pick(o),
                required_known: false,
            })
            .collect()
    };
    if lead_style {
        let result = members::merge(
            "result member",
            &lists(&|o| o.response.result.iter().cloned().collect()),
            d,
        );
        op.response.result = result.into_iter().next();
    } else {
        op.response.fields =
            members::merge("result member", &lists(&|o| o.response.fields.clone()), d);
    }
    op.response.extra = members::merge("response member", &lists(&|o| o.response.extra.clone()), d);
}

/// What a return code is documented for: its HTTP status, or for a non-numeric code the code
/// itself (letter case ignored).
fn status_key(e: &ErrorCode) -> String {
    match (e.http_status, &e.code) {
        (Some(s), _) => s.to_string(),
        (None, Some(c)) => c.to_ascii_lowercase(),
        (None, None) => String::new(),
    }
}

/// Return codes of every page, by status: each status a page documents is kept, and for each,
/// the error codes of every page (the first page's row for a code documented twice). A bare
/// status row is kept only when no page gives that status's error codes, which say more.
fn merge_errors(ops: &[(&Rank, &Operation)], d: &mut Disputes) -> Vec<ErrorCode> {
    let mut order: Vec<String> = Vec::new();
    let mut rows: BTreeMap<String, Vec<(usize, &ErrorCode)>> = BTreeMap::new();
    for (i, (_, o)) in ops.iter().enumerate() {
        for e in &o.errors {
            let entry = rows.entry(status_key(e)).or_default();
            if entry.is_empty() {
                order.push(status_key(e));
            }
            entry.push((i, e));
        }
    }
    let mut out: Vec<ErrorCode> = Vec::new();
    for key in &order {
        let Some(rows) = rows.get(key) else {
            continue;
        };
        let coded = rows.iter().any(|(_, e)| e.code.is_some());
        let mut codes = std::collections::BTreeSet::new();
        for (_, e) in rows {
            match &e.code {
                Some(c) if codes.insert(c.to_ascii_lowercase()) => out.push((*e).clone()),
                None if !coded && codes.insert(String::new()) => out.push((*e).clone()),
                _ => {}
            }
        }
        // Rows are in page order: one pass finds each page's first row, or its absence.
        let mut documented: Vec<Source> = Vec::new();
        let mut missing: Vec<Source> = Vec::new();
        let mut next = rows.iter().peekable();
        for (i, (_, o)) in ops.iter().enumerate() {
            match next.next_if(|(j, _)| *j == i) {
                Some((_, e)) => {
                    documented.push(e.source.clone());
                    while next.next_if(|(j, _)| *j == i).is_some() {}
                }
                None => missing.push(o.source.clone()),
            }
        }
        d.presence(&format!("return code `{key}`"), &documented, missing.iter());
    }
    out
}

/// Every page's examples, the first page's first, without repeats.
fn merge_examples(ops: &[(&Rank, &Operation)]) -> Vec<Example> {
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for (_, o) in ops {
        for e in &o.examples {
            if seen.insert((e.kind as u8, e.raw_text.trim().to_string())) {
                out.push(e.clone());
            }
        }
    }
    out
}
