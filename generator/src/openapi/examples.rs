//! Page examples checked against the document's own schemas.
//!
//! Pages show example bodies that were sometimes written for another version of the API than
//! their tables (`InstanceSpec` where the table says `instanceSpec`). An example that does not
//! match its schema makes validating tools (example linters, mock servers that serve examples)
//! reject the whole document, so such an example is left out, with an `example-mismatch`
//! warning naming the example's line and the first place where it differs.
//!
//! The check covers what the exporter writes: `$ref` to a component, `allOf`, `type`,
//! `required`, `properties`, `additionalProperties`, `items`, `enum`, `nullable`, and the
//! bounds `minimum`, `maximum`, `minLength`, `maxLength`, `minItems` and `maxItems`.

use serde_json::{Map, Value};

use crate::diagnostics::{Code, Diagnostics, Severity};
use crate::ir::{ExampleKind, Service};

/// References deeper than this are not followed (a recursive shape with a recursive example).
const MAX_DEPTH: usize = 64;

/// Removes from `doc` every page example that does not match its media type's schema, and
/// reports it.
pub(crate) fn drop_nonconforming(
    doc: &mut Map<String, Value>,
    svc: &Service,
    diags: &mut Diagnostics,
) {
    // The paths are taken out while they change (their place, and so the key order, stays),
    // so that the component schemas can be read meanwhile without a copy.
    let Some(slot) = doc.get_mut("paths") else {
        return;
    };
    let mut paths = std::mem::take(slot);
    let schemas = doc
        .get("components")
        .and_then(|c| c.get("schemas"))
        .unwrap_or(&Value::Null);
    check_paths(&mut paths, schemas, svc, diags);
    if let Some(slot) = doc.get_mut("paths") {
        *slot = paths;
    }
}

/// [`drop_nonconforming`] over the `paths` object.
fn check_paths(paths: &mut Value, schemas: &Value, svc: &Service, diags: &mut Diagnostics) {
    let Value::Object(paths) = paths else {
        return;
    };
    for item in paths.values_mut() {
        let Value::Object(item) = item else { continue };
        for operation in item.values_mut() {
            let Value::Object(operation) = operation else {
                continue;
            };
            let id = operation
                .get("operationId")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned();
            let Some(op) = svc.operations.iter().find(|o| o.id == id) else {
                continue;
            };
            if let Some(body) = operation.get_mut("requestBody") {
                check_media(body, ExampleKind::Request, op, schemas, diags);
            }
            if let Some(Value::Object(responses)) = operation.get_mut("responses") {
                for response in responses.values_mut() {
                    check_media(response, ExampleKind::Response, op, schemas, diags);
                }
            }
        }
    }
}

/// Checks the examples of the JSON media type of a request body or response (`holder`).
fn check_media(
    holder: &mut Value,
    kind: ExampleKind,
    op: &crate::ir::Operation,
    schemas: &Value,
    diags: &mut Diagnostics,
) {
    let Some(Value::Object(media)) = holder
        .get_mut("content")
        .and_then(|c| c.get_mut("application/json"))
    else {
        return;
    };
    let schema = media.get("schema").cloned().unwrap_or(Value::Null);
    let Some(Value::Object(examples)) = media.get_mut("examples") else {
        return;
    };
    let mut rejected = Vec::new();
    for (key, example) in examples.iter() {
        let value = example.get("value").unwrap_or(&Value::Null);
        if let Err(why) = conforms(value, &schema, schemas, "", 0) {
            rejected.push((key.clone(), why));
        }
    }
    for (key, why) in rejected {
        examples.shift_remove(&key);
        // The keys are `request-N` / `response-N`, N counting the page's examples of that
        // kind that are JSON.
        let source = key
            .rsplit('-')
            .next()
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| {
                op.examples
                    .iter()
                    .filter(|e| e.kind == kind && e.json.is_some())
                    .nth(n.wrapping_sub(1))
            })
            .map_or(&op.source, |e| &e.source);
        let what = match kind {
            ExampleKind::Request => "request",
            ExampleKind::Response => "response",
        };
        diags.report(
            Severity::Warning,
            Code::ExampleMismatch,
            source,
            format!(
                "the {what} example of `{}` does not match the documented {what} {why}; it is left out of the OpenAPI document (correct the example or the table)",
                op.id
            ),
        );
    }
    if examples.is_empty() {
        media.shift_remove("examples");
    }
}

/// Whether `value` matches `schema`; the error says where it first does not (`at`, a JSON
/// pointer) and how.
fn conforms(
    value: &Value,
    schema: &Value,
    schemas: &Value,
    at: &str,
    depth: usize,
) -> Result<(), String> {
    if depth > MAX_DEPTH {
        return Ok(());
    }
    let Some(s) = schema.as_object() else {
        return Ok(());
    };
    let place = || {
        if at.is_empty() {
            "at the top".to_owned()
        } else {
            format!("at `{at}`")
        }
    };
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        let target = r
            .strip_prefix("#/components/schemas/")
            .and_then(|name| schemas.get(name))
            .unwrap_or(&Value::Null);
        conforms(value, target, schemas, at, depth + 1)?;
    }
    if let Some(all) = s.get("allOf").and_then(Value::as_array) {
        for part in all {
            conforms(value, part, schemas, at, depth + 1)?;
        }
    }
    let types: Vec<&str> = match s.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if value.is_null() {
        let nullable = s.get("nullable") == Some(&Value::Bool(true)) || types.contains(&"null");
        if !types.is_empty() && !nullable {
            return Err(format!(
                "schema: {} holds null where {} is expected",
                place(),
                types.join(" or ")
            ));
        }
        return Ok(());
    }
    if !types.is_empty() && !types.iter().any(|t| has_type(value, t)) {
        return Err(format!(
            "schema: {} holds {} where {} is expected",
            place(),
            kind_of(value),
            types.join(" or ")
        ));
    }
    if let Some(allowed) = s.get("enum").and_then(Value::as_array) {
        if !allowed.contains(value) {
            return Err(format!(
                "schema: {} holds {value}, which is not one of the allowed values",
                place()
            ));
        }
    }
    match value {
        Value::Object(members) => {
            for name in s
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(name) = name.as_str() {
                    if !members.contains_key(name) {
                        return Err(format!(
                            "schema: {} lacks the required member `{name}`",
                            place()
                        ));
                    }
                }
            }
            let properties = s.get("properties").and_then(Value::as_object);
            for (name, member) in members {
                let here = format!("{at}/{name}");
                match (
                    properties.and_then(|p| p.get(name)),
                    s.get("additionalProperties"),
                ) {
                    (Some(sub), _) => conforms(member, sub, schemas, &here, depth + 1)?,
                    (None, Some(Value::Bool(false))) => {
                        return Err(format!(
                            "schema: {} has the undocumented member `{name}`",
                            place()
                        ))
                    }
                    (None, Some(extra @ Value::Object(_))) => {
                        conforms(member, extra, schemas, &here, depth + 1)?
                    }
                    (None, _) => {}
                }
            }
        }
        Value::Array(items) => {
            let n = items.len() as f64;
            bound(
                s,
                "minItems",
                |m| n >= m,
                || format!("schema: {} has fewer items than allowed", place()),
            )?;
            bound(
                s,
                "maxItems",
                |m| n <= m,
                || format!("schema: {} has more items than allowed", place()),
            )?;
            if let Some(sub) = s.get("items") {
                for (i, item) in items.iter().enumerate() {
                    conforms(item, sub, schemas, &format!("{at}/{i}"), depth + 1)?;
                }
            }
        }
        Value::String(text) => {
            let n = text.chars().count() as f64;
            bound(
                s,
                "minLength",
                |m| n >= m,
                || format!("schema: {} is shorter than allowed", place()),
            )?;
            bound(
                s,
                "maxLength",
                |m| n <= m,
                || format!("schema: {} is longer than allowed", place()),
            )?;
        }
        Value::Number(x) => {
            let x = x.as_f64().unwrap_or(0.0);
            bound(
                s,
                "minimum",
                |m| x >= m,
                || format!("schema: {} holds {x}, below the minimum", place()),
            )?;
            bound(
                s,
                "maximum",
                |m| x <= m,
                || format!("schema: {} holds {x}, above the maximum", place()),
            )?;
        }
        _ => {}
    }
    Ok(())
}

/// Checks `keyword`'s number, when the schema has it.
fn bound(
    s: &Map<String, Value>,
    keyword: &str,
    ok: impl Fn(f64) -> bool,
    why: impl Fn() -> String,
) -> Result<(), String> {
    match s.get(keyword).and_then(Value::as_f64) {
        Some(limit) if !ok(limit) => Err(why()),
        _ => Ok(()),
    }
}

fn has_type(value: &Value, ty: &str) -> bool {
    match ty {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "boolean" => value.is_boolean(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "null" => value.is_null(),
        _ => true,
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "an integer",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn check(value: Value, schema: Value) -> Result<(), String> {
        let schemas = json!({
            "Spec": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": { "type": "string", "maxLength": 4 },
                    "count": { "type": "integer", "minimum": 1, "maximum": 3 },
                    "mode": { "type": "string", "enum": ["a", "b"] },
                    "tags": { "type": "array", "items": { "type": "string" }, "maxItems": 2 },
                    "child": { "$ref": "#/components/schemas/Spec" }
                }
            }
        });
        conforms(&value, &schema, &schemas, "", 0)
    }

    #[test]
    fn matching_examples_pass() {
        let spec = json!({ "$ref": "#/components/schemas/Spec" });
        assert_eq!(check(json!({ "name": "ab" }), spec.clone()), Ok(()));
        assert_eq!(
            check(
                json!({ "name": "ab", "count": 2, "mode": "a", "tags": ["x"], "extra": 1,
                        "child": { "name": "c" } }),
                json!({ "allOf": [spec] })
            ),
            Ok(())
        );
        assert_eq!(
            check(json!(null), json!({ "type": "string", "nullable": true })),
            Ok(())
        );
        assert_eq!(check(json!(1), json!({})), Ok(()));
    }

    #[test]
    fn mismatches_say_where() {
        let spec = json!({ "$ref": "#/components/schemas/Spec" });
        let err = |v: Value| check(v, spec.clone()).unwrap_err();
        assert!(err(json!({ "Name": "ab" })).contains("lacks the required member `name`"));
        assert!(err(json!({ "name": 5 })).contains("at `/name` holds an integer where string"));
        assert!(err(json!({ "name": "abcde" })).contains("at `/name` is longer"));
        assert!(err(json!({ "name": "a", "count": 9 })).contains("above the maximum"));
        assert!(err(json!({ "name": "a", "count": 1.5 })).contains("a number where integer"));
        assert!(err(json!({ "name": "a", "mode": "c" })).contains("not one of the allowed"));
        assert!(err(json!({ "name": "a", "tags": ["x", "y", "z"] })).contains("more items"));
        assert!(err(json!({ "name": "a", "child": {} })).contains("at `/child` lacks"));
        assert!(err(json!({ "name": null })).contains("null where string"));
        assert!(check(
            json!({ "x": 1 }),
            json!({ "type": "object", "additionalProperties": false })
        )
        .unwrap_err()
        .contains("undocumented member `x`"));
    }
}
