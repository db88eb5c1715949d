//! One operation: its parameters, its request body, and (through [`super::responses`]) its
//! responses. Array query parameters keep their typed schema and get
//! `x-jdcloud-query-encoding` (see the module documentation of [`super`]).

use std::collections::BTreeSet;

use serde_json::{json, Map, Value};

use super::names::{operation_stem, Names};
use super::responses::{responses, ResponseNames};
use super::schema::{schema_ref, Member, SchemaCx};
use crate::diagnostics::{Code, Diagnostics, Severity};
use crate::ir::{ExampleKind, Operation, Param, ParamLocation, TypeRef};

/// The component names an operation makes up for itself.
pub(crate) struct OpNames {
    /// Request body schema, when the operation has body parameters.
    pub request: Option<String>,
    pub responses: ResponseNames,
}

impl OpNames {
    pub(crate) fn new(names: &mut Names, op: &Operation) -> Self {
        let stem = operation_stem(&op.id);
        let request = body_params(op)
            .next()
            .map(|_| names.fresh(&format!("{stem}Request")));
        let response = names.fresh(&format!("{stem}Response"));
        let result = (op.response.result.is_none() && !op.response.fields.is_empty())
            .then(|| names.fresh(&format!("{stem}Result")));
        OpNames {
            request,
            responses: ResponseNames { response, result },
        }
    }
}

/// The names shared by every operation of a document.
pub(crate) struct Shared<'a> {
    pub cx: &'a SchemaCx<'a>,
    pub tag: &'a str,
    pub error_schema: &'a str,
}

/// The operation object and the component schemas it made.
pub(crate) struct Built {
    pub value: Value,
    pub components: Vec<(String, Value)>,
}

/// Builds the operation object for `op`, placed at `path` (its template variables are the
/// path parameters), with `servers` when it is not served from the document's server.
pub(crate) fn build(
    sh: &Shared<'_>,
    op: &Operation,
    on: &OpNames,
    path: &str,
    servers: Option<Value>,
    diags: &mut Diagnostics,
) -> Built {
    let mut components = Vec::new();
    let mut o = Map::new();
    o.insert("tags".into(), json!([sh.tag]));
    if !op.summary.trim().is_empty() {
        o.insert("summary".into(), json!(op.summary.trim()));
    }
    let description = super::text::bilingual(&op.description, op.description_zh.as_deref());
    if !description.is_empty() {
        o.insert("description".into(), json!(description));
    }
    o.insert("operationId".into(), json!(op.id));
    if let Some(servers) = servers {
        o.insert("servers".into(), servers);
    }
    let params = parameters(sh.cx, op, path, diags);
    if !params.is_empty() {
        o.insert("parameters".into(), Value::Array(params));
    }
    if let Some(name) = &on.request {
        let (body, schema) = request_body(sh.cx, op, name);
        o.insert("requestBody".into(), body);
        components.push((name.clone(), schema));
    } else if op.method.has_body() {
        // Clients send a JSON object even when the page documents no body parameter.
        o.insert(
            "requestBody".into(),
            json!({
                "required": false,
                "content": {"application/json": {"schema": {"type": "object"}}}
            }),
        );
    }
    let (resp, resp_components) = responses(sh.cx, op, &on.responses, sh.error_schema);
    o.insert("responses".into(), resp);
    components.extend(resp_components);
    if !op.errors.is_empty() {
        o.insert("x-jdcloud-error-codes".into(), error_codes(op));
    }
    if let Some(p) = &op.traits.pagination {
        o.insert(
            "x-jdcloud-pagination".into(),
            json!({
                "pageNumber": p.page_number,
                "pageSize": p.page_size,
                "totalCount": p.total_count,
                "items": p.items,
            }),
        );
    }
    if let Some(token) = &op.traits.idempotency_token {
        o.insert("x-jdcloud-idempotency-token".into(), json!(token));
    }
    o.insert("x-jdcloud-source".into(), json!(op.source.to_string()));
    Built {
        value: Value::Object(o),
        components,
    }
}

fn body_params(op: &Operation) -> impl Iterator<Item = &Param> {
    op.params
        .iter()
        .filter(|p| p.location == ParamLocation::Body)
}

/// `{name}` placeholders of a path template, in order.
pub(crate) fn template_vars(path: &str) -> Vec<&str> {
    let mut vars = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        vars.push(&rest[start + 1..start + len]);
        rest = &rest[start + len + 1..];
    }
    vars
}

fn parameters(
    cx: &SchemaCx<'_>,
    op: &Operation,
    path: &str,
    diags: &mut Diagnostics,
) -> Vec<Value> {
    let vars = template_vars(path);
    let mut seen: BTreeSet<(ParamLocation, String)> = BTreeSet::new();
    let mut out = Vec::new();
    for p in op
        .params
        .iter()
        .filter(|p| p.location != ParamLocation::Body)
    {
        if p.location == ParamLocation::Path && !vars.contains(&p.name.as_str()) {
            diags.report(
                Severity::Warning,
                Code::PathParamMismatch,
                &p.source,
                format!(
                    "path parameter `{}` is not in the path `{}`; it is left out of the OpenAPI document",
                    p.name, op.path
                ),
            );
            continue;
        }
        // Header names are case-insensitive.
        let key = match p.location {
            ParamLocation::Header => p.name.to_ascii_lowercase(),
            _ => p.name.clone(),
        };
        if !seen.insert((p.location, key)) {
            continue;
        }
        out.push(parameter(cx, p));
    }
    for var in vars {
        if seen.insert((ParamLocation::Path, var.to_owned())) {
            out.push(json!({
                "name": var,
                "in": "path",
                "required": true,
                "schema": { "type": "string" },
            }));
        }
    }
    out
}

fn parameter(cx: &SchemaCx<'_>, p: &Param) -> Value {
    let location = match p.location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Body => "body",
    };
    let mut schema = cx.member_schema(&Member::from(p));
    // The description goes on the parameter, not twice.
    let description = schema.as_object_mut().and_then(|s| s.remove("description"));
    let mut o = Map::new();
    o.insert("name".into(), json!(p.name));
    o.insert("in".into(), json!(location));
    if let Some(d) = description {
        o.insert("description".into(), d);
    }
    // OpenAPI requires path parameters to be required.
    o.insert(
        "required".into(),
        json!(p.required || p.location == ParamLocation::Path),
    );
    o.insert("schema".into(), schema);
    match (p.location, &p.ty) {
        (ParamLocation::Query, TypeRef::Array(_)) => {
            o.insert("style".into(), json!("form"));
            o.insert("explode".into(), json!(true));
            o.insert("x-jdcloud-query-encoding".into(), json!("indexed"));
        }
        (ParamLocation::Query, TypeRef::Named(_) | TypeRef::Object | TypeRef::Map) => {
            o.insert("style".into(), json!("form"));
            o.insert("explode".into(), json!(true));
            o.insert("x-jdcloud-query-encoding".into(), json!("dotted"));
        }
        (ParamLocation::Header, _) if p.name.to_ascii_lowercase().starts_with("x-jdcloud-") => {
            o.insert("x-jdcloud-header-encoding".into(), json!("base64"));
        }
        _ => {}
    }
    Value::Object(o)
}

/// The request body (one JSON member per body parameter) and its component schema.
fn request_body(cx: &SchemaCx<'_>, op: &Operation, name: &str) -> (Value, Value) {
    let mut props = Map::new();
    let mut required = Vec::new();
    for p in body_params(op) {
        if props.contains_key(&p.name) {
            continue;
        }
        props.insert(p.name.clone(), cx.member_schema(&Member::from(p)));
        if p.required {
            required.push(json!(p.name));
        }
    }
    let mut schema = Map::new();
    schema.insert(
        "description".into(),
        json!(format!("The JSON body of `{}`.", op.id)),
    );
    schema.insert("type".into(), json!("object"));
    let any_required = !required.is_empty();
    if any_required {
        schema.insert("required".into(), Value::Array(required));
    }
    schema.insert("properties".into(), Value::Object(props));
    schema.insert("x-jdcloud-source".into(), json!(op.source.to_string()));

    let mut media = Map::new();
    media.insert("schema".into(), schema_ref(name));
    if let Some(examples) = examples(op, ExampleKind::Request) {
        media.insert("examples".into(), examples);
    }
    let body = json!({
        "required": any_required,
        "content": { "application/json": Value::Object(media) },
    });
    (body, Value::Object(schema))
}

/// The page's examples of one kind that are valid JSON, as a media type's `examples`.
pub(crate) fn examples(op: &Operation, kind: ExampleKind) -> Option<Value> {
    let prefix = match kind {
        ExampleKind::Request => "request",
        ExampleKind::Response => "response",
    };
    let mut out = Map::new();
    for (i, ex) in op
        .examples
        .iter()
        .filter(|e| e.kind == kind)
        .filter_map(|e| e.json.as_ref().map(|j| (e, j)))
        .enumerate()
    {
        let mut o = Map::new();
        let title =
            ex.0.title
                .trim()
                .trim_start_matches(['-', '*', '#', ' '])
                .trim();
        if !title.is_empty() {
            o.insert("summary".into(), json!(title));
        }
        o.insert("value".into(), ex.1.clone());
        out.insert(format!("{prefix}-{}", i + 1), Value::Object(o));
    }
    (!out.is_empty()).then_some(Value::Object(out))
}

/// The page's return-code table, row by row.
fn error_codes(op: &Operation) -> Value {
    let rows = op
        .errors
        .iter()
        .map(|e| {
            let mut o = Map::new();
            if let Some(s) = e.http_status {
                o.insert("status".into(), json!(s));
            }
            if let Some(c) = &e.code {
                o.insert("code".into(), json!(c));
            }
            o.insert("message".into(), json!(e.message));
            if let Some(x) = &e.explanation {
                o.insert("explanation".into(), json!(x));
            }
            Value::Object(o)
        })
        .collect();
    Value::Array(rows)
}

#[cfg(test)]
mod tests {
    use super::template_vars;

    #[test]
    fn template_vars_in_order() {
        assert_eq!(
            template_vars("/regions/{regionId}/instances/{instanceId}:stop"),
            vec!["regionId", "instanceId"]
        );
        assert!(template_vars("/plain").is_empty());
    }
}
