//! Type references: every type name points at a shape of its service.

use crate::diagnostics::{Code, Diagnostics, Severity};
use crate::ir::{Field, Operation, Shape, Source, TypeRef};
use crate::parse::local::rename_in_type;

/// Points every type name at a shape of the service (matching letter case as a fallback);
/// names no section defines become untyped objects, with a diagnostic.
pub(super) fn resolve_references(
    ops: &mut [Operation],
    shapes: &mut [Shape],
    diags: &mut Diagnostics,
) {
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
