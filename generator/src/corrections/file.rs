//! The corrections file (`corrections.toml`): TOML text → [`Correction`]s, each with the line
//! it was written on. A file that is not TOML, or has a key this format does not know, is
//! rejected whole (an error naming the line); an entry whose values cannot be used (a type
//! that is not a type, a Rust name that is not an identifier) is rejected alone.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostics::{Code, Diagnostics, Severity};
use crate::ir::{ParamLocation, Source, TypeRef};
use crate::parse::types::parse_type;
use crate::rust::names::{camel, snake};

/// What a correction applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Service {
        service: String,
    },
    Operation {
        service: String,
        operation: String,
    },
    Parameter {
        service: String,
        operation: String,
        name: String,
    },
    Model {
        service: String,
        model: String,
    },
    /// A field of a model.
    Field {
        service: String,
        model: String,
        name: String,
    },
    /// A member of an operation's result listed directly in its return table.
    ResultField {
        service: String,
        operation: String,
        name: String,
    },
}

impl Target {
    pub fn service(&self) -> &str {
        match self {
            Target::Service { service }
            | Target::Operation { service, .. }
            | Target::Parameter { service, .. }
            | Target::Model { service, .. }
            | Target::Field { service, .. }
            | Target::ResultField { service, .. } => service,
        }
    }

    /// How the target is named in messages: ``parameter `maxCount` of `vm` `createInstances` ``.
    pub fn describe(&self) -> String {
        match self {
            Target::Service { service } => format!("service `{service}`"),
            Target::Operation { service, operation } => {
                format!("operation `{operation}` of `{service}`")
            }
            Target::Parameter {
                service,
                operation,
                name,
            } => format!("parameter `{name}` of `{service}` `{operation}`"),
            Target::Model { service, model } => format!("model `{model}` of `{service}`"),
            Target::Field {
                service,
                model,
                name,
            } => format!("field `{name}` of `{service}` model `{model}`"),
            Target::ResultField {
                service,
                operation,
                name,
            } => format!("result member `{name}` of `{service}` `{operation}`"),
        }
    }
}

/// One change a correction makes.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Leave the operation or service out.
    Omit,
    /// The type, and the type text as written in the corrections file.
    Type(TypeRef, String),
    Required(bool),
    Location(ParamLocation),
    /// A default value; `None` removes the page's default.
    Default(Option<String>),
    /// The whole list of allowed values; empty removes the list.
    AllowedValues(Vec<String>),
    /// One allowed value replaced by another.
    ReplaceValue {
        from: String,
        to: String,
    },
    /// The Rust name of a model (UpperCamelCase) or field (snake_case).
    RustName(String),
}

impl Edit {
    /// The key of the corrections file that asks for this edit.
    pub fn key(&self) -> &'static str {
        match self {
            Edit::Omit => "omit",
            Edit::Type(..) => "type",
            Edit::Required(_) => "required",
            Edit::Location(_) => "location",
            Edit::Default(_) => "default",
            Edit::AllowedValues(_) => "allowed_values",
            Edit::ReplaceValue { .. } => "replace_values",
            Edit::RustName(_) => "rust_name",
        }
    }
}

/// One entry of a corrections file.
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    /// The corrections file and the line of the entry's `[[…]]` header.
    pub at: Source,
    pub target: Target,
    pub edits: Vec<Edit>,
    /// Why, as the file says (shown in the generated docs).
    pub reason: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileToml {
    #[serde(default)]
    service: Vec<Spanned<ServiceEntry>>,
    #[serde(default)]
    operation: Vec<Spanned<OperationEntry>>,
    #[serde(default)]
    parameter: Vec<Spanned<MemberEntry>>,
    #[serde(default)]
    model: Vec<Spanned<ModelEntry>>,
    #[serde(default)]
    field: Vec<Spanned<MemberEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ServiceEntry {
    name: String,
    omit: bool,
    reason: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OperationEntry {
    service: String,
    name: String,
    omit: bool,
    reason: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModelEntry {
    service: String,
    name: String,
    rust_name: String,
    reason: Option<String>,
}

/// A `[[parameter]]` or `[[field]]` entry (a parameter has `operation`; a field has `model`,
/// or `operation` for a member of a result listed at top level).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MemberEntry {
    service: String,
    operation: Option<String>,
    model: Option<String>,
    name: String,
    #[serde(rename = "type")]
    ty: Option<String>,
    required: Option<bool>,
    location: Option<String>,
    default: Option<Scalar>,
    allowed_values: Option<Vec<Scalar>>,
    replace_values: Option<BTreeMap<String, Scalar>>,
    rust_name: Option<String>,
    reason: Option<String>,
}

/// A value as TOML writes it; kept as text, the way pages write values.
#[derive(Deserialize)]
#[serde(untagged)]
enum Scalar {
    Text(String),
    Integer(i64),
    Float(f64),
    Boolean(bool),
}

impl Scalar {
    fn text(&self) -> String {
        match self {
            Scalar::Text(s) => s.clone(),
            Scalar::Integer(i) => i.to_string(),
            Scalar::Float(f) => f.to_string(),
            Scalar::Boolean(b) => b.to_string(),
        }
    }
}

/// The 1-based line of a byte offset.
fn line_at(text: &str, offset: usize) -> u32 {
    let offset = offset.min(text.len());
    let n = text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count();
    u32::try_from(n + 1).unwrap_or(u32::MAX)
}

/// The line of the `[[…]]` header an entry's span lies under.
fn header_line(text: &str, offset: usize) -> u32 {
    let line = line_at(text, offset) as usize;
    let lines: Vec<&str> = text.lines().collect();
    let mut i = line.min(lines.len());
    while i > 0 {
        if lines[i - 1].trim_start().starts_with("[[") {
            return u32::try_from(i).unwrap_or(u32::MAX);
        }
        i -= 1;
    }
    u32::try_from(line).unwrap_or(u32::MAX)
}

/// Reads a corrections file's text. Problems are error-level diagnostics naming the line.
pub fn parse(file: &str, text: &str, diags: &mut Diagnostics) -> Vec<Correction> {
    let parsed: FileToml = match toml::from_str(text) {
        Ok(p) => p,
        Err(e) => {
            let line = e.span().map_or(1, |s| line_at(text, s.start));
            diags.report(
                Severity::Error,
                Code::MalformedCorrections,
                &Source::new(file, line),
                format!(
                    "the corrections file cannot be read, so none of it is applied: {}; the file holds `[[service]]`, `[[operation]]`, `[[parameter]]`, `[[model]]` and `[[field]]` entries (see README.md, \"Corrections\")",
                    one_line(e.message())
                ),
            );
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    let at = |span: std::ops::Range<usize>| Source::new(file, header_line(text, span.start));
    for entry in parsed.service {
        let src = at(entry.span());
        let e = entry.into_inner();
        let target = Target::Service { service: e.name };
        push_omit(&mut out, src, target, e.omit, e.reason, diags);
    }
    for entry in parsed.operation {
        let src = at(entry.span());
        let e = entry.into_inner();
        let target = Target::Operation {
            service: e.service,
            operation: e.name,
        };
        push_omit(&mut out, src, target, e.omit, e.reason, diags);
    }
    for entry in parsed.model {
        let src = at(entry.span());
        let e = entry.into_inner();
        let target = Target::Model {
            service: e.service,
            model: e.name,
        };
        match model_name(&e.rust_name) {
            Ok(name) => out.push(Correction {
                at: src,
                target,
                edits: vec![Edit::RustName(name)],
                reason: e.reason,
            }),
            Err(why) => reject(diags, &src, &target, &why),
        }
    }
    for (kind, entries) in [("parameter", parsed.parameter), ("field", parsed.field)] {
        for entry in entries {
            let src = at(entry.span());
            match member(kind, entry.into_inner()) {
                Ok((target, edits, _)) if edits.is_empty() => reject(
                    diags,
                    &src,
                    &target,
                    "the entry changes nothing: give at least one of `type`, `required`, `location`, `default`, `allowed_values`, `replace_values`, `rust_name`",
                ),
                Ok((target, edits, reason)) => out.push(Correction {
                    at: src,
                    target,
                    edits,
                    reason,
                }),
                Err((target, why)) => reject(diags, &src, &target, &why),
            }
        }
    }
    out.sort_by_key(|c| c.at.line);
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn reject(diags: &mut Diagnostics, at: &Source, target: &Target, why: &str) {
    diags.report(
        Severity::Error,
        Code::MalformedCorrections,
        at,
        format!("correction of {} not applied: {why}", target.describe()),
    );
}

fn push_omit(
    out: &mut Vec<Correction>,
    at: Source,
    target: Target,
    omit: bool,
    reason: Option<String>,
    diags: &mut Diagnostics,
) {
    if omit {
        out.push(Correction {
            at,
            target,
            edits: vec![Edit::Omit],
            reason,
        });
    } else {
        reject(
            diags,
            &at,
            &target,
            "`omit = false` changes nothing; remove the entry, or write `omit = true` to leave it out",
        );
    }
}

type Member = (Target, Vec<Edit>, Option<String>);

fn member(kind: &str, e: MemberEntry) -> Result<Member, (Target, String)> {
    let target = match (kind, e.operation, e.model) {
        ("parameter", Some(operation), None) => Target::Parameter {
            service: e.service,
            operation,
            name: e.name,
        },
        ("field", None, Some(model)) => Target::Field {
            service: e.service,
            model,
            name: e.name,
        },
        ("field", Some(operation), None) => Target::ResultField {
            service: e.service,
            operation,
            name: e.name,
        },
        ("parameter", _, _) => {
            let target = Target::Service { service: e.service };
            return Err((
                target,
                format!(
                    "a `[[parameter]]` names its `operation` (and no `model`): parameter `{}`",
                    e.name
                ),
            ));
        }
        _ => {
            let target = Target::Service { service: e.service };
            return Err((
                target,
                format!(
                    "a `[[field]]` names either its `model`, or the `operation` whose result lists it: field `{}`",
                    e.name
                ),
            ));
        }
    };
    let mut edits = Vec::new();
    let fail = |why: String| Err((target.clone(), why));
    if let Some(text) = e.ty {
        match parse_type(&text) {
            Some(expr) => edits.push(Edit::Type(expr.ty, text.trim().to_string())),
            None => {
                return fail(format!(
                    "`type = \"{text}\"` is not a type; write it as pages do: `String`, `Integer`, `Long`, `Double`, `Boolean`, `Object`, `Map`, a model name, or an array such as `String[]`"
                ))
            }
        }
    }
    if let Some(required) = e.required {
        edits.push(Edit::Required(required));
    }
    if let Some(location) = e.location {
        if kind != "parameter" {
            return fail("`location` is for parameters; a field travels in its model".into());
        }
        let loc = match location.to_ascii_lowercase().as_str() {
            "path" => ParamLocation::Path,
            "query" => ParamLocation::Query,
            "header" => ParamLocation::Header,
            "body" => ParamLocation::Body,
            _ => {
                return fail(format!(
                    "`location = \"{location}\"` is not a location; write `path`, `query`, `header` or `body`"
                ))
            }
        };
        edits.push(Edit::Location(loc));
    }
    if let Some(default) = e.default {
        let text = default.text();
        edits.push(Edit::Default((!text.is_empty()).then_some(text)));
    }
    if let Some(values) = e.allowed_values {
        edits.push(Edit::AllowedValues(
            values.iter().map(Scalar::text).collect(),
        ));
    }
    for (from, to) in e.replace_values.unwrap_or_default() {
        let to = to.text();
        if from == to {
            return fail(format!(
                "`replace_values` replaces `{from}` by itself; remove it"
            ));
        }
        edits.push(Edit::ReplaceValue { from, to });
    }
    if let Some(name) = e.rust_name {
        if kind != "field" {
            return fail(
                "`rust_name` is for models and fields; a parameter's Rust name is its builder method, renamed with the operation's page".into(),
            );
        }
        match field_name(&name) {
            Ok(n) => edits.push(Edit::RustName(n)),
            Err(why) => return fail(why),
        }
    }
    Ok((target, edits, e.reason))
}

/// A model's Rust name must be an UpperCamelCase identifier, not a keyword.
fn model_name(name: &str) -> Result<String, String> {
    let name = name.trim();
    if !name.is_empty() && camel(name) == name && !name.contains('_') {
        Ok(name.to_string())
    } else {
        Err(format!(
            "`rust_name = \"{name}\"` is not an UpperCamelCase Rust type name; try `{}`",
            camel(name).trim_start_matches("r#")
        ))
    }
}

/// A field's Rust name must be a snake_case identifier that needs no `r#`.
fn field_name(name: &str) -> Result<String, String> {
    let name = name.trim();
    if !name.is_empty() && snake(name) == name {
        Ok(name.to_string())
    } else {
        let suggestion = snake(name);
        let suggestion = match suggestion.strip_prefix("r#") {
            Some(raw) => format!("{raw}_"),
            None => suggestion,
        };
        Err(format!(
            "`rust_name = \"{name}\"` is not a snake_case Rust field name (keywords need another name); try `{suggestion}`"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Vec<Correction>, Vec<crate::diagnostics::Diagnostic>) {
        let mut diags = Diagnostics::default();
        let c = parse("c.toml", text, &mut diags);
        (c, diags.into_sorted())
    }

    #[test]
    fn entries_with_their_lines() {
        let (c, d) = read(
            "# corrections\n\n[[parameter]]\nservice = \"vm\"\noperation = \"createInstances\"\nname = \"maxCount\"\nrequired = true\ntype = \"Long\"\n\n[[field]]\nservice = \"vm\"\nmodel = \"Spec\"\nname = \"deviceName\"\nreplace_values = { vmj = \"vdj\" }\n\n[[operation]]\nservice = \"vm\"\nname = \"x\"\nomit = true\n",
        );
        assert!(d.is_empty(), "{d:?}");
        let lines: Vec<u32> = c.iter().map(|c| c.at.line).collect();
        assert_eq!(lines, vec![3, 10, 16]);
        assert_eq!(
            c[0].edits,
            vec![
                Edit::Type(TypeRef::Long, "Long".into()),
                Edit::Required(true)
            ]
        );
        assert_eq!(
            c[1].edits,
            vec![Edit::ReplaceValue {
                from: "vmj".into(),
                to: "vdj".into()
            }]
        );
        assert_eq!(c[2].edits, vec![Edit::Omit]);
    }

    #[test]
    fn a_malformed_file_is_an_error_naming_the_line() {
        let (c, d) = read("[[parameter]]\nservice = \"vm\"\nopration = \"x\"\nname = \"y\"\n");
        assert!(c.is_empty());
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].line, 3);
        assert_eq!(d[0].severity, Severity::Error);
        assert!(d[0].message.contains("opration"), "{}", d[0].message);
        let (_, d) = read("[[field]\nservice = 1\n");
        assert_eq!(d[0].line, 1);
    }

    #[test]
    fn bad_values_reject_the_entry_alone() {
        let (c, d) = read(
            "[[parameter]]\nservice = \"vm\"\noperation = \"a\"\nname = \"b\"\ntype = \"no such type!\"\n\n[[model]]\nservice = \"vm\"\nname = \"M\"\nrust_name = \"bad name\"\n\n[[field]]\nservice = \"vm\"\nmodel = \"M\"\nname = \"type\"\nrust_name = \"type\"\n\n[[field]]\nservice = \"vm\"\nmodel = \"M\"\nname = \"k\"\nrust_name = \"kind\"\n",
        );
        assert_eq!(c.len(), 1);
        let lines: Vec<u32> = d.iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![1, 7, 12]);
        assert!(d[2].message.contains("type_"), "{}", d[2].message);
    }
}
