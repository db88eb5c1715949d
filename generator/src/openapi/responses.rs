//! Responses: the success envelope `{requestId, result}` and the error responses, which share
//! one schema `{requestId, error: {code, status, message}}`.
//!
//! The success code is the first 2xx row of the return-code table (200 when there is none).
//! Every documented error status becomes a concrete response; `4XX` and `5XX` cover the rest.
//! There is never a `default` response: a `default` with another schema breaks some client
//! generators.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::operation::examples;
use super::schema::{schema_ref, Member, SchemaCx};
use crate::ir::{ExampleKind, Operation};

/// The component names of an operation's success response.
pub(crate) struct ResponseNames {
    /// The envelope.
    pub response: String,
    /// The `result` object, on pages that list its members at the top level.
    pub result: Option<String>,
}

/// The `responses` object of `op` and the component schemas it made.
pub(crate) fn responses(
    cx: &SchemaCx<'_>,
    op: &Operation,
    names: &ResponseNames,
    error_schema: &str,
) -> (Value, Vec<(String, Value)>) {
    let mut components = Vec::new();
    let mut out = Map::new();

    let success = op
        .errors
        .iter()
        .find(|e| e.http_status.is_some_and(|s| (200..300).contains(&s)));
    let (code, description) = match success {
        Some(e) => (e.http_status.unwrap_or(200), non_empty(&e.message, "OK")),
        None => (200, "OK".to_owned()),
    };
    let mut media = Map::new();
    media.insert("schema".into(), schema_ref(&names.response));
    if let Some(ex) = examples(op, ExampleKind::Response) {
        media.insert("examples".into(), ex);
    }
    out.insert(
        code.to_string(),
        json!({
            "description": description,
            "content": { "application/json": Value::Object(media) },
        }),
    );
    let (envelope, result_component) = envelope(cx, op, names);
    components.push((names.response.clone(), envelope));
    components.extend(result_component);

    let mut by_status: BTreeMap<u16, Vec<String>> = BTreeMap::new();
    for e in &op.errors {
        let Some(status) = e.http_status.filter(|s| (400..600).contains(s)) else {
            continue;
        };
        let line = match &e.code {
            Some(c) => format!("{c}: {}", e.message.trim()),
            None => e.message.trim().to_owned(),
        };
        let lines = by_status.entry(status).or_default();
        if !line.is_empty() && !lines.contains(&line) {
            lines.push(line);
        }
    }
    let error = |description: String| {
        json!({
            "description": description,
            "content": { "application/json": { "schema": schema_ref(error_schema) } },
        })
    };
    for (status, lines) in by_status {
        let description = match lines.len() {
            0 => "Error".to_owned(),
            1 => lines[0].clone(),
            _ => lines
                .iter()
                .map(|l| format!("- {l}"))
                .collect::<Vec<_>>()
                .join("\n"),
        };
        out.insert(status.to_string(), error(description));
    }
    out.insert("4XX".into(), error("Client error".into()));
    out.insert("5XX".into(), error("Server error".into()));
    (Value::Object(out), components)
}

fn non_empty(s: &str, fallback: &str) -> String {
    if s.trim().is_empty() {
        fallback.to_owned()
    } else {
        s.trim().to_owned()
    }
}

/// The success envelope, and the `result` component when the page lists the members of
/// `result` at the top level.
fn envelope(
    cx: &SchemaCx<'_>,
    op: &Operation,
    names: &ResponseNames,
) -> (Value, Option<(String, Value)>) {
    let mut extra_component = None;
    let result = if let Some(f) = &op.response.result {
        cx.member_schema(&Member::from(f))
    } else if let (Some(name), false) = (&names.result, op.response.fields.is_empty()) {
        let mut s = Map::new();
        s.insert(
            "description".into(),
            json!(format!("The result of `{}`.", op.id)),
        );
        s.extend(cx.object_schema(&op.response.fields));
        let at = &op.response.fields[0].source;
        s.insert("x-jdcloud-source".into(), json!(at.to_string()));
        extra_component = Some((name.clone(), Value::Object(s)));
        schema_ref(name)
    } else {
        json!({
            "type": "object",
            "description": "The page documents no members of the result.",
        })
    };
    let mut props = Map::new();
    props.insert(
        "requestId".into(),
        json!({ "type": "string", "description": "The ID of the request." }),
    );
    props.insert("result".into(), result);
    for f in &op.response.extra {
        if !props.contains_key(&f.name) {
            props.insert(f.name.clone(), cx.member_schema(&Member::from(f)));
        }
    }
    let mut s = Map::new();
    s.insert(
        "description".into(),
        json!(format!("The response of `{}`.", op.id)),
    );
    s.insert("type".into(), json!("object"));
    s.insert("properties".into(), Value::Object(props));
    s.insert("x-jdcloud-source".into(), json!(op.source.to_string()));
    (Value::Object(s), extra_component)
}

/// The error schemas shared by every operation: `(ErrorResponse, ErrorDetail)`.
pub(crate) fn error_schemas(detail_name: &str) -> (Value, Value) {
    let response = json!({
        "description": "The body of every JD Cloud error response.",
        "type": "object",
        "properties": {
            "requestId": { "type": "string", "description": "The ID of the request." },
            "error": schema_ref(detail_name),
        },
    });
    let detail = json!({
        "description": "What went wrong.",
        "type": "object",
        "properties": {
            "code": { "type": "integer", "format": "int32", "description": "The HTTP status code." },
            "status": {
                "type": "string",
                "description": "The JD Cloud error status, e.g. `INVALID_ARGUMENT` or `NOT_FOUND`.",
            },
            "message": { "type": "string", "description": "A description of the error." },
        },
    });
    (response, detail)
}
