//! Typing the values the pages write as text (defaults, examples, allowed values) to match the
//! schema they go into. A value that does not convert is left out, never emitted mistyped:
//! validators and client generators reject a `default: "True"` on a boolean.

use serde_json::{Number, Value};

use crate::ir::TypeRef;

/// `text` as a JSON value of type `ty`, or `None` when it is not one.
pub(crate) fn typed(ty: &TypeRef, text: &str) -> Option<Value> {
    let t = strip_quoting(text);
    if t.is_empty() && !matches!(ty, TypeRef::String) {
        return None;
    }
    match ty {
        TypeRef::String => Some(Value::String(t.to_owned())),
        TypeRef::Integer | TypeRef::Long => integer(t),
        TypeRef::Number | TypeRef::Double | TypeRef::Float => number(t),
        TypeRef::Boolean => boolean(t).map(Value::Bool),
        TypeRef::Object | TypeRef::Map => match serde_json::from_str::<Value>(t) {
            Ok(v @ Value::Object(_)) => Some(v),
            _ => None,
        },
        TypeRef::Any => Some(serde_json::from_str::<Value>(t).unwrap_or(Value::String(t.into()))),
        TypeRef::Array(item) => array(item, t),
        // A value for a named shape would have to be checked against the shape's fields.
        TypeRef::Named(_) => None,
    }
}

/// A JSON value already parsed (from an example block) checked against a scalar type; used for
/// array items written as JSON.
fn conforms(ty: &TypeRef, v: &Value) -> Option<Value> {
    match (ty, v) {
        (_, Value::String(s)) if !matches!(ty, TypeRef::String | TypeRef::Any) => typed(ty, s),
        (TypeRef::String, Value::String(_)) => Some(v.clone()),
        (TypeRef::Integer | TypeRef::Long, Value::Number(n)) if n.is_i64() || n.is_u64() => {
            Some(v.clone())
        }
        (TypeRef::Number | TypeRef::Double | TypeRef::Float, Value::Number(_)) => Some(v.clone()),
        (TypeRef::Boolean, Value::Bool(_)) => Some(v.clone()),
        (TypeRef::Object | TypeRef::Map, Value::Object(_)) => Some(v.clone()),
        (TypeRef::Any, _) => Some(v.clone()),
        (TypeRef::Array(item), Value::Array(items)) => items
            .iter()
            .map(|x| conforms(item, x))
            .collect::<Option<Vec<_>>>()
            .map(Value::Array),
        _ => None,
    }
}

fn array(item: &TypeRef, t: &str) -> Option<Value> {
    if t.starts_with('[') {
        let parsed: Value = serde_json::from_str(t).ok()?;
        return conforms(&TypeRef::Array(Box::new(item.clone())), &parsed);
    }
    // A single value written for a list stands for a list of one.
    typed(item, t).map(|v| Value::Array(vec![v]))
}

fn integer(t: &str) -> Option<Value> {
    if let Ok(i) = t.parse::<i64>() {
        return Some(Value::Number(i.into()));
    }
    t.parse::<u64>().ok().map(|u| Value::Number(u.into()))
}

fn number(t: &str) -> Option<Value> {
    if let Some(v) = integer(t) {
        return Some(v);
    }
    let f = t.parse::<f64>().ok().filter(|f| f.is_finite())?;
    Number::from_f64(f).map(Value::Number)
}

fn boolean(t: &str) -> Option<bool> {
    match t.to_ascii_lowercase().as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// Drops markdown code quoting (`` `1` ``) around a value.
fn strip_quoting(text: &str) -> &str {
    let t = text.trim();
    t.strip_prefix('`')
        .and_then(|s| s.strip_suffix('`'))
        .map(str::trim)
        .unwrap_or(t)
}

/// A bound from a range constraint as a JSON number: whole numbers as integers (for integer
/// schemas that is required, for number schemas it reads better).
pub(crate) fn bound(x: f64) -> Option<Value> {
    if !x.is_finite() {
        return None;
    }
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        return Some(Value::Number((x as i64).into()));
    }
    Number::from_f64(x).map(Value::Number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn scalars_are_typed_or_dropped() {
        assert_eq!(typed(&TypeRef::Boolean, "True"), Some(json!(true)));
        assert_eq!(typed(&TypeRef::Boolean, "yes"), None);
        assert_eq!(typed(&TypeRef::Integer, "10"), Some(json!(10)));
        assert_eq!(typed(&TypeRef::Integer, "`1`"), Some(json!(1)));
        assert_eq!(typed(&TypeRef::Integer, "1.5"), None);
        assert_eq!(typed(&TypeRef::Integer, "ten"), None);
        assert_eq!(typed(&TypeRef::Double, "1.5"), Some(json!(1.5)));
        assert_eq!(typed(&TypeRef::Number, "20"), Some(json!(20)));
        assert_eq!(typed(&TypeRef::String, "True"), Some(json!("True")));
        assert_eq!(typed(&TypeRef::Named("X".into()), "{}"), None);
    }

    #[test]
    fn arrays_take_json_lists_or_a_single_item() {
        let strings = TypeRef::Array(Box::new(TypeRef::String));
        assert_eq!(typed(&strings, r#"["a","b"]"#), Some(json!(["a", "b"])));
        assert_eq!(typed(&strings, "sg-1"), Some(json!(["sg-1"])));
        let ints = TypeRef::Array(Box::new(TypeRef::Integer));
        assert_eq!(typed(&ints, "[1, 2]"), Some(json!([1, 2])));
        assert_eq!(typed(&ints, r#"["1", "x"]"#), None);
        assert_eq!(typed(&ints, "[1,"), None);
    }

    #[test]
    fn bounds_keep_whole_numbers_whole() {
        assert_eq!(bound(100.0), Some(json!(100)));
        assert_eq!(bound(0.5), Some(json!(0.5)));
        assert_eq!(bound(f64::NAN), None);
    }
}
