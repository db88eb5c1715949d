//! Applies [`Correction`]s to a resolved model. Each change is written into the docs of what
//! it changed (so the rustdoc and the OpenAPI description say what was corrected, and by which
//! line of which file) and reported as an info diagnostic; a correction that matches nothing,
//! or no longer changes anything, is a warning at its line.

use crate::diagnostics::{Code, Diagnostics, Severity};
use crate::ir::{
    Api, Constraint, ConstraintKind, Field, Operation, ParamLocation, Service, Shape, TypeRef,
};
use crate::rust::models::field_names;
use crate::rust::names::camel;

use super::file::{Correction, Edit, Target};

/// What one edit did.
enum Outcome {
    /// The model changed; the note says how.
    Changed(String),
    /// The model already says this (the page was fixed), or the edit finds nothing to change;
    /// the text says what the model says.
    Unchanged(String),
    /// The edit cannot apply here (an error in the corrections file).
    Invalid(String),
}

/// A parameter or a field, seen through what a correction may change.
struct Member<'a> {
    name: &'a str,
    ty: &'a mut TypeRef,
    type_text: &'a mut String,
    required: &'a mut bool,
    default: &'a mut Option<String>,
    constraints: &'a mut Vec<Constraint>,
    /// A parameter's location, with its operation's path template.
    location: Option<(&'a mut ParamLocation, &'a str)>,
    /// A field's Rust name, with the wire and Rust names of the other fields of its struct.
    rust_name: Option<(&'a mut Option<String>, Vec<String>)>,
}

/// Applies every correction, in the order of the file.
pub fn apply(api: &mut Api, corrections: &[Correction], diags: &mut Diagnostics) {
    for c in corrections {
        apply_one(api, c, diags);
    }
}

fn apply_one(api: &mut Api, c: &Correction, diags: &mut Diagnostics) {
    let service = c.target.service();
    let Some(si) = api.services.iter().position(|s| s.name == service) else {
        let names = api.services.iter().map(|s| s.name.as_str());
        nothing_matches(diags, c, &format!("no service `{service}`"), service, names);
        return;
    };
    let at = c.at.to_string();
    let outcomes: Vec<(&Edit, Outcome)> = match &c.target {
        Target::Service { .. } => {
            api.services.remove(si);
            vec![(&c.edits[0], Outcome::Changed("left out".into()))]
        }
        Target::Operation { operation, .. } => {
            let svc = &mut api.services[si];
            let Some(oi) = svc.operations.iter().position(|o| &o.id == operation) else {
                let names = svc.operations.iter().map(|o| o.id.as_str());
                nothing_matches(
                    diags,
                    c,
                    &format!("no operation `{operation}`"),
                    operation,
                    names,
                );
                return;
            };
            svc.operations.remove(oi);
            let note = format!(
                "Corrected (`{at}`): operation `{operation}` is left out.{}",
                reason_suffix(c)
            );
            append(svc.description.get_or_insert_with(String::new), &note);
            vec![(&c.edits[0], Outcome::Changed("left out".into()))]
        }
        Target::Model { model, .. } => {
            let svc = &mut api.services[si];
            let taken: Vec<String> = svc
                .shapes
                .iter()
                .filter(|s| &s.name != model)
                .map(|s| s.rust_name.clone().unwrap_or_else(|| camel(&s.name)))
                .collect();
            let Some(shape) = svc.shapes.iter_mut().find(|s| &s.name == model) else {
                let names = svc.shapes.iter().map(|s| s.name.as_str());
                nothing_matches(diags, c, &format!("no model `{model}`"), model, names);
                return;
            };
            let outcomes: Vec<(&Edit, Outcome)> = c
                .edits
                .iter()
                .map(|e| (e, rename_model(shape, e, &taken)))
                .collect();
            if let Some(note) = notes(c, &outcomes) {
                append(&mut shape.doc, &format!("Corrected (`{at}`): {note}"));
            }
            outcomes
        }
        Target::Parameter {
            operation, name, ..
        } => {
            let svc = &mut api.services[si];
            let shapes = shape_names(svc);
            let Some(op) = svc.operations.iter_mut().find(|o| &o.id == operation) else {
                let names = svc.operations.iter().map(|o| o.id.as_str());
                nothing_matches(
                    diags,
                    c,
                    &format!("no operation `{operation}`"),
                    operation,
                    names,
                );
                return;
            };
            let Operation {
                params,
                path,
                description,
                ..
            } = op;
            let Some(p) = params.iter_mut().find(|p| &p.name == name) else {
                let names = params.iter().map(|p| p.name.as_str());
                let what = format!("`{operation}` has no parameter `{name}`");
                nothing_matches(diags, c, &what, name, names);
                return;
            };
            let mut member = Member {
                name: &p.name,
                ty: &mut p.ty,
                type_text: &mut p.type_text,
                required: &mut p.required,
                default: &mut p.default,
                constraints: &mut p.constraints,
                location: Some((&mut p.location, path.as_str())),
                rust_name: None,
            };
            let outcomes: Vec<(&Edit, Outcome)> = c
                .edits
                .iter()
                .map(|e| (e, edit_member(&mut member, e, &shapes, &at)))
                .collect();
            if let Some(note) = notes(c, &outcomes) {
                append(&mut p.doc, &format!("Corrected (`{at}`): {note}"));
                append(
                    description,
                    &format!("Corrected (`{at}`): parameter `{name}`: {note}"),
                );
            }
            outcomes
        }
        Target::Field { model, name, .. } => {
            let svc = &mut api.services[si];
            let shapes = shape_names(svc);
            let Some(shape) = svc.shapes.iter_mut().find(|s| &s.name == model) else {
                let names = svc.shapes.iter().map(|s| s.name.as_str());
                nothing_matches(diags, c, &format!("no model `{model}`"), model, names);
                return;
            };
            match edit_field(&mut shape.fields, c, name, &shapes, &at) {
                Some(o) => o,
                None => {
                    let names = shape.fields.iter().map(|f| f.name.as_str());
                    let what = format!("model `{model}` has no field `{name}`");
                    nothing_matches(diags, c, &what, name, names);
                    return;
                }
            }
        }
        Target::ResultField {
            operation, name, ..
        } => {
            let svc = &mut api.services[si];
            let shapes = shape_names(svc);
            let Some(op) = svc.operations.iter_mut().find(|o| &o.id == operation) else {
                let names = svc.operations.iter().map(|o| o.id.as_str());
                nothing_matches(
                    diags,
                    c,
                    &format!("no operation `{operation}`"),
                    operation,
                    names,
                );
                return;
            };
            // A member listed in the return table itself, else one of the result's model.
            let result_model = match &op.response.result {
                Some(Field {
                    ty: TypeRef::Named(n),
                    ..
                }) => Some(n.clone()),
                _ => None,
            };
            if let Some(o) = edit_field(&mut op.response.fields, c, name, &shapes, &at) {
                o
            } else {
                let result = result_model
                    .and_then(|m| svc.shapes.iter_mut().find(|s| s.name == m))
                    .map(|s| &mut s.fields);
                let found = match result {
                    Some(fields) => edit_field(fields, c, name, &shapes, &at),
                    None => None,
                };
                match found {
                    Some(o) => o,
                    None => {
                        let what = format!("the result of `{operation}` has no member `{name}`");
                        nothing_matches(diags, c, &what, name, std::iter::empty());
                        return;
                    }
                }
            }
        }
    };
    report(c, &outcomes, diags);
}

/// Applies a field correction to the field named `name` among `fields`; `None` when there is
/// no such field.
fn edit_field<'c>(
    fields: &mut [Field],
    c: &'c Correction,
    name: &str,
    shapes: &[String],
    at: &str,
) -> Option<Vec<(&'c Edit, Outcome)>> {
    let fi = fields.iter().position(|f| f.name == name)?;
    let names = field_names(fields);
    let others: Vec<String> = fields
        .iter()
        .zip(&names)
        .enumerate()
        .filter(|(i, _)| *i != fi)
        .map(|(_, (_, n))| n.clone())
        .collect();
    let f = &mut fields[fi];
    let mut member = Member {
        name: &f.name,
        ty: &mut f.ty,
        type_text: &mut f.type_text,
        required: &mut f.required,
        default: &mut f.default,
        constraints: &mut f.constraints,
        location: None,
        rust_name: Some((&mut f.rust_name, others)),
    };
    let outcomes: Vec<(&Edit, Outcome)> = c
        .edits
        .iter()
        .map(|e| (e, edit_member(&mut member, e, shapes, at)))
        .collect();
    if let Some(note) = notes(c, &outcomes) {
        append(&mut f.doc, &format!("Corrected (`{at}`): {note}"));
    }
    Some(outcomes)
}

fn shape_names(svc: &Service) -> Vec<String> {
    svc.shapes.iter().map(|s| s.name.clone()).collect()
}

fn rename_model(shape: &mut Shape, e: &Edit, taken: &[String]) -> Outcome {
    let Edit::RustName(name) = e else {
        return Outcome::Invalid(format!("`{}` does not apply to a model", e.key()));
    };
    let current = shape
        .rust_name
        .clone()
        .unwrap_or_else(|| camel(&shape.name));
    if &current == name {
        return Outcome::Unchanged(format!("its Rust name is already `{name}`"));
    }
    if taken.contains(name) {
        return Outcome::Invalid(format!(
            "`{name}` is the Rust name of another model of the service; choose another"
        ));
    }
    shape.rust_name = Some(name.clone());
    Outcome::Changed(format!("Rust name `{name}` (from `{current}`)"))
}

fn edit_member(m: &mut Member<'_>, e: &Edit, shapes: &[String], at: &str) -> Outcome {
    match e {
        Edit::Omit => Outcome::Invalid("`omit` applies to operations and services".into()),
        Edit::Type(ty, text) => {
            let ty = match resolve_named(ty, shapes) {
                Ok(t) => t,
                Err(why) => return Outcome::Invalid(why),
            };
            if *m.ty == ty {
                return Outcome::Unchanged(format!("its type is already `{}`", label(&ty)));
            }
            let note = format!("type `{}` (the page says `{}`)", label(&ty), label(m.ty));
            *m.ty = ty;
            *m.type_text = text.clone();
            Outcome::Changed(note)
        }
        Edit::Required(required) => {
            if *m.required == *required {
                return Outcome::Unchanged(format!("it is already {}", required_word(*required)));
            }
            *m.required = *required;
            Outcome::Changed(format!(
                "{} (the page says {})",
                required_word(*required),
                required_word(!*required)
            ))
        }
        Edit::Location(location) => {
            let Some((current, path)) = m.location.as_mut() else {
                return Outcome::Invalid("`location` is for parameters".into());
            };
            if **current == *location {
                return Outcome::Unchanged(format!(
                    "it is already sent in the {}",
                    location_word(*location)
                ));
            }
            let in_template = path.contains(&format!("{{{}}}", m.name));
            if *location == ParamLocation::Path && !in_template {
                return Outcome::Invalid(format!(
                    "the address `{path}` has no `{{{}}}`, so the parameter cannot go in the path",
                    m.name
                ));
            }
            if **current == ParamLocation::Path && in_template {
                return Outcome::Invalid(format!(
                    "the address `{path}` has `{{{}}}`: the parameter fills it and stays in the path",
                    m.name
                ));
            }
            let note = format!(
                "sent in the {} (the page says {})",
                location_word(*location),
                location_word(**current)
            );
            **current = *location;
            Outcome::Changed(note)
        }
        Edit::Default(default) => {
            let current = m.default.clone().or_else(|| {
                m.constraints.iter().find_map(|c| match &c.kind {
                    ConstraintKind::Default { value } => Some(value.clone()),
                    _ => None,
                })
            });
            if current == *default {
                return Outcome::Unchanged(match default {
                    Some(d) => format!("its default is already `{d}`"),
                    None => "it has no default already".into(),
                });
            }
            m.constraints
                .retain(|c| !matches!(c.kind, ConstraintKind::Default { .. }));
            *m.default = default.clone();
            Outcome::Changed(format!(
                "{} (the page says {})",
                value_word("default", default.as_deref()),
                value_word("default", current.as_deref())
            ))
        }
        Edit::AllowedValues(values) => {
            let current = allowed(m.constraints);
            if current.as_ref() == Some(values) || (values.is_empty() && current.is_none()) {
                return Outcome::Unchanged(format!(
                    "its allowed values are already {}",
                    values_word(values)
                ));
            }
            m.constraints
                .retain(|c| !matches!(c.kind, ConstraintKind::AllowedValues { .. }));
            if !values.is_empty() {
                m.constraints.push(Constraint {
                    kind: ConstraintKind::AllowedValues {
                        values: values.clone(),
                    },
                    text: format!("as corrected in {at}"),
                });
            }
            Outcome::Changed(format!(
                "allowed values {} (the page says {})",
                values_word(values),
                values_word(&current.unwrap_or_default())
            ))
        }
        Edit::ReplaceValue { from, to } => {
            let current = allowed(m.constraints).unwrap_or_default();
            if !current.contains(from) {
                return Outcome::Unchanged(if current.contains(to) {
                    format!("its allowed values have `{to}` and no `{from}`")
                } else {
                    format!(
                        "there is no allowed value `{from}` to replace (the page says {})",
                        values_word(&current)
                    )
                });
            }
            for c in m.constraints.iter_mut() {
                if let ConstraintKind::AllowedValues { values } = &mut c.kind {
                    let mut replaced = Vec::with_capacity(values.len());
                    for v in values.iter() {
                        let v = if v == from { to.clone() } else { v.clone() };
                        if !replaced.contains(&v) {
                            replaced.push(v);
                        }
                    }
                    *values = replaced;
                }
            }
            Outcome::Changed(format!("allowed value `{to}` (the page says `{from}`)"))
        }
        Edit::RustName(name) => {
            let Some((current, others)) = m.rust_name.as_mut() else {
                return Outcome::Invalid("`rust_name` is for models and fields".into());
            };
            let derived = crate::rust::names::snake(m.name);
            let now = current.clone().unwrap_or_else(|| derived.clone());
            if &now == name {
                return Outcome::Unchanged(format!("its Rust name is already `{name}`"));
            }
            if others.contains(name) {
                return Outcome::Invalid(format!(
                    "`{name}` is the Rust name of another field of the struct; choose another"
                ));
            }
            **current = Some(name.clone());
            Outcome::Changed(format!("Rust name `{name}` (from `{now}`)"))
        }
    }
}

/// A named type must name a model of the service (spelled as the model is, whatever the case
/// the correction used).
fn resolve_named(ty: &TypeRef, shapes: &[String]) -> Result<TypeRef, String> {
    match ty {
        TypeRef::Array(inner) => Ok(TypeRef::Array(Box::new(resolve_named(inner, shapes)?))),
        TypeRef::Named(n) => {
            if shapes.contains(n) {
                return Ok(ty.clone());
            }
            match shapes.iter().find(|s| s.eq_ignore_ascii_case(n)) {
                Some(s) => Ok(TypeRef::Named(s.clone())),
                None => Err(format!(
                    "`{n}` is no model of the service (nor a built-in type such as `String`, `Integer`, `Long`, `Double`, `Boolean`, `Object`, `Map`)"
                )),
            }
        }
        other => Ok(other.clone()),
    }
}

fn allowed(constraints: &[Constraint]) -> Option<Vec<String>> {
    constraints.iter().find_map(|c| match &c.kind {
        ConstraintKind::AllowedValues { values } => Some(values.clone()),
        _ => None,
    })
}

/// A type as pages write it: `String`, `Integer[]`, `InstanceSpec`.
pub fn label(ty: &TypeRef) -> String {
    match ty {
        TypeRef::String => "String".into(),
        TypeRef::Integer => "Integer".into(),
        TypeRef::Long => "Long".into(),
        TypeRef::Number => "Number".into(),
        TypeRef::Double => "Double".into(),
        TypeRef::Float => "Float".into(),
        TypeRef::Boolean => "Boolean".into(),
        TypeRef::Object => "Object".into(),
        TypeRef::Map => "Map".into(),
        TypeRef::Any => "Any".into(),
        TypeRef::Array(inner) => format!("{}[]", label(inner)),
        TypeRef::Named(n) => n.clone(),
    }
}

fn required_word(required: bool) -> &'static str {
    if required {
        "required"
    } else {
        "optional"
    }
}

fn location_word(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "headers",
        ParamLocation::Body => "body",
    }
}

fn value_word(what: &str, value: Option<&str>) -> String {
    match value {
        Some(v) => format!("{what} `{v}`"),
        None => format!("no {what}"),
    }
}

fn values_word(values: &[String]) -> String {
    if values.is_empty() {
        return "none (any value)".into();
    }
    values
        .iter()
        .map(|v| format!("`{v}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The reason the correction gives, as a sentence after the note.
fn reason_suffix(c: &Correction) -> String {
    match &c.reason {
        Some(r) if !r.trim().is_empty() => {
            let r = r.trim();
            let stop = if r.ends_with(['.', '!', '?', '。']) {
                ""
            } else {
                "."
            };
            format!(" Why: {r}{stop}")
        }
        _ => String::new(),
    }
}

/// The doc note for the edits that changed something, with the reason.
fn notes(c: &Correction, outcomes: &[(&Edit, Outcome)]) -> Option<String> {
    let changed: Vec<&str> = outcomes
        .iter()
        .filter_map(|(_, o)| match o {
            Outcome::Changed(n) => Some(n.as_str()),
            _ => None,
        })
        .collect();
    if changed.is_empty() {
        return None;
    }
    Some(format!("{}.{}", changed.join("; "), reason_suffix(c)))
}

fn append(doc: &mut String, note: &str) {
    if !doc.trim().is_empty() {
        doc.push_str("\n\n");
    }
    doc.push_str(note);
}

fn report(c: &Correction, outcomes: &[(&Edit, Outcome)], diags: &mut Diagnostics) {
    let what = c.target.describe();
    let changed: Vec<&str> = outcomes
        .iter()
        .filter_map(|(_, o)| match o {
            Outcome::Changed(n) => Some(n.as_str()),
            _ => None,
        })
        .collect();
    let unchanged: Vec<(&Edit, &str)> = outcomes
        .iter()
        .filter_map(|(e, o)| match o {
            Outcome::Unchanged(n) => Some((*e, n.as_str())),
            _ => None,
        })
        .collect();
    for (e, o) in outcomes {
        if let Outcome::Invalid(why) = o {
            diags.report(
                Severity::Error,
                Code::MalformedCorrections,
                &c.at,
                format!(
                    "`{}` in the correction of {what} not applied: {why}",
                    e.key()
                ),
            );
        }
    }
    if !changed.is_empty() {
        diags.report(
            Severity::Info,
            Code::Corrected,
            &c.at,
            format!("corrected {what}: {}", changed.join("; ")),
        );
    }
    if unchanged.is_empty() {
        return;
    }
    let said: Vec<&str> = unchanged.iter().map(|(_, s)| *s).collect();
    let message = if unchanged.len() == outcomes.len() {
        format!(
            "the correction of {what} changes nothing: {}; the page says so itself now, or the entry is wrong: remove or fix it",
            said.join("; ")
        )
    } else {
        let keys: Vec<String> = unchanged
            .iter()
            .map(|(e, _)| format!("`{}`", e.key()))
            .collect();
        format!(
            "{} in the correction of {what} changes nothing: {}; remove it from the entry, or fix it",
            keys.join(", "),
            said.join("; ")
        )
    };
    diags.report(Severity::Warning, Code::StaleCorrection, &c.at, message);
}

/// A warning that a correction matches nothing, naming a close spelling of `wanted` among
/// `names` when there is one.
fn nothing_matches<'a>(
    diags: &mut Diagnostics,
    c: &Correction,
    what: &str,
    wanted: &str,
    names: impl Iterator<Item = &'a str>,
) {
    let squash = |s: &str| s.replace(['-', '_'], "").to_ascii_lowercase();
    let wanted = squash(wanted);
    let hint = names
        .map(|n| (distance(&squash(n), &wanted), n))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, n)| format!(" (did you mean `{n}`?)"))
        .unwrap_or_default();
    diags.report(
        Severity::Warning,
        Code::StaleCorrection,
        &c.at,
        format!(
            "the correction of {} matches nothing: {what}{hint}; fix the names or remove the entry",
            c.target.describe()
        ),
    );
}

/// The edit distance of two short names (in characters).
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(here + 1);
            prev = here;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(
            distance("createinstancetemplat", "createinstancetemplate"),
            1
        );
        assert_eq!(distance("abc", "abc"), 0);
        assert_eq!(distance("", "ab"), 2);
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn labels() {
        assert_eq!(
            label(&TypeRef::Array(Box::new(TypeRef::Named("A".into())))),
            "A[]"
        );
        assert_eq!(label(&TypeRef::Long), "Long");
    }
}
