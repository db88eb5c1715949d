//! Settles the shapes of one page before they meet other pages: repeated sections, the
//! per-operation `Result` wrapper, and type names that differ in case from their heading.

use heck::ToUpperCamelCase;

use crate::diagnostics::{Code, Diagnostics, Severity};
use crate::ir::{Field, Shape, TypeRef};

use super::page::OperationPage;

/// Applies `f` to every shape name a type refers to.
pub fn rename_in_type(ty: &mut TypeRef, f: &mut dyn FnMut(&str) -> Option<String>) {
    match ty {
        TypeRef::Array(inner) => rename_in_type(inner, f),
        TypeRef::Named(name) => {
            if let Some(new) = f(name) {
                *name = new;
            }
        }
        _ => {}
    }
}

/// Applies `f` to every type on the page: parameters, response and shape fields.
fn rename_everywhere(page: &mut OperationPage, f: &mut dyn FnMut(&str) -> Option<String>) {
    let op = &mut page.operation;
    for p in &mut op.params {
        rename_in_type(&mut p.ty, f);
    }
    let resp = &mut op.response;
    for field in resp
        .result
        .iter_mut()
        .chain(resp.fields.iter_mut())
        .chain(resp.extra.iter_mut())
    {
        rename_in_type(&mut field.ty, f);
    }
    for shape in &mut page.shapes {
        for field in &mut shape.fields {
            rename_in_type(&mut field.ty, f);
        }
    }
}

/// Two field lists that say the same thing (descriptions aside).
pub fn same_fields(a: &[Field], b: &[Field]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x.name == y.name && x.ty == y.ty && x.required == y.required)
}

/// Settles the page's shapes; see the module docs.
pub fn settle_page_shapes(page: &mut OperationPage, diags: &mut Diagnostics) {
    merge_repeated_sections(page, diags);
    rename_result_wrapper(page, diags);
    resolve_case(page);
}

fn merge_repeated_sections(page: &mut OperationPage, diags: &mut Diagnostics) {
    let mut i = 0;
    while i < page.shapes.len() {
        let name = page.shapes[i].name.clone();
        let Some(j) = (i + 1..page.shapes.len()).find(|&j| page.shapes[j].name == name) else {
            i += 1;
            continue;
        };
        let later = page.shapes[j].clone();
        let first = &page.shapes[i];
        let wrapper = !first.fields.is_empty()
            && first
                .fields
                .iter()
                .all(|f| f.ty.shape_name() == Some(name.as_str()));
        if same_fields(&first.fields, &later.fields) {
            page.shapes.remove(j);
            page.shapes[i].also_defined_at.push(later.source.clone());
            diags.report(
                Severity::Info,
                Code::ShapeConflict,
                &later.source,
                format!("`{name}` is defined again with the same fields (first at line {}); the definitions were merged", page.shapes[i].source.line),
            );
        } else if wrapper && restates_response(page, i) {
            // The first section repeats the members the return table already lists at the
            // top (`vpcPeering: VpcPeering`); the second is the real model.
            let dropped = page.shapes.remove(i);
            diags.report(
                Severity::Info,
                Code::ShapeConflict,
                &dropped.source,
                format!("`{name}` is defined twice; this first section only restates the return table's `{}` and was dropped, the section at line {} defines `{name}`", dropped.fields.iter().map(|f| f.name.as_str()).collect::<Vec<_>>().join("`, `"), later.source.line),
            );
        } else if wrapper {
            // A section holding only a member of its own type, followed by the real section
            // of the same name: the first wraps the second.
            let field = page.shapes[i].fields[0].name.clone();
            let mut new_name = field.to_upper_camel_case();
            if new_name == name || page.shapes.iter().any(|s| s.name == new_name) {
                new_name = format!("{name}Detail");
            }
            page.shapes[j].name = new_name.clone();
            for f in &mut page.shapes[i].fields {
                rename_in_type(&mut f.ty, &mut |_| Some(new_name.clone()));
            }
            diags.report(
                Severity::Info,
                Code::ShapeConflict,
                &later.source,
                format!("`{name}` is defined twice; the first section only wraps `{field}` of its own name, so this second section is read as the type of `{field}` and named `{new_name}`"),
            );
            i += 1;
        } else {
            let mut added = Vec::new();
            for f in later.fields {
                if !page.shapes[i].fields.iter().any(|g| g.name == f.name) {
                    added.push(f.name.clone());
                    page.shapes[i].fields.push(f);
                }
            }
            page.shapes.remove(j);
            page.shapes[i].also_defined_at.push(later.source.clone());
            diags.report(
                Severity::Warning,
                Code::ShapeConflict,
                &later.source,
                format!(
                    "`{name}` is defined twice on this page with different fields (first at line {}); the fields were united{}",
                    page.shapes[i].source.line,
                    if added.is_empty() { String::new() } else { format!(", adding {}", added.join(", ")) }
                ),
            );
        }
    }
}

/// Whether every field of shape `i` is a top-level member of the page's return table.
fn restates_response(page: &OperationPage, i: usize) -> bool {
    let top = &page.operation.response.fields;
    page.shapes[i]
        .fields
        .iter()
        .all(|f| top.iter().any(|t| t.name == f.name && t.ty == f.ty))
}

/// Every page names its response wrapper `Result`; it is the operation's own, so it is
/// renamed `<OperationId>Result` before shapes of different pages meet.
fn rename_result_wrapper(page: &mut OperationPage, diags: &mut Diagnostics) {
    let op_camel = page.operation.id.to_upper_camel_case();
    let Some(idx) = page
        .shapes
        .iter()
        .position(|s| s.name.eq_ignore_ascii_case("result"))
    else {
        return;
    };
    let old = page.shapes[idx].name.clone();
    let mut new_name = format!("{op_camel}Result");
    if page.shapes.iter().any(|s| s.name == new_name) {
        new_name = format!("{op_camel}Response");
    }
    page.shapes[idx].name = new_name.clone();
    let _ = diags;
    rename_everywhere(page, &mut |n| {
        n.eq_ignore_ascii_case(&old).then(|| new_name.clone())
    });
}

/// Type names that match a section of the page only in letter case (`diskspec` →
/// `DiskSpec`) take the section's spelling.
fn resolve_case(page: &mut OperationPage) {
    let names: Vec<String> = page.shapes.iter().map(|s| s.name.clone()).collect();
    rename_everywhere(page, &mut |n| {
        if names.iter().any(|s| s == n) {
            return None;
        }
        let matches: Vec<&String> = names.iter().filter(|s| s.eq_ignore_ascii_case(n)).collect();
        match matches.as_slice() {
            [one] => Some((*one).clone()),
            _ => None,
        }
    });
}

/// Shapes of the page sorted by name, for stable output.
pub fn sorted(mut shapes: Vec<Shape>) -> Vec<Shape> {
    shapes.sort_by(|a, b| a.name.cmp(&b.name));
    shapes
}
