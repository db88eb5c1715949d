//! Schemas: type references, fields with their mined constraints, and shapes as components.

use std::borrow::Cow;

use serde_json::{json, Map, Value};

use super::names::Names;
use super::text::bilingual;
use super::values::{bound, typed};
use super::SpecVersion;
use crate::ir::{Constraint, ConstraintKind, Field, Param, Shape, TypeRef};

/// What schemas are written for: the OpenAPI version and the names of the components.
pub(crate) struct SchemaCx<'a> {
    pub version: SpecVersion,
    pub names: &'a Names,
}

/// The parts of a field or parameter that make its schema.
pub(crate) struct Member<'a> {
    pub ty: &'a TypeRef,
    /// The description, with its Chinese text beside it ([`bilingual`]).
    pub doc: Cow<'a, str>,
    pub default: Option<&'a str>,
    pub example: Option<&'a str>,
    pub constraints: &'a [Constraint],
}

impl<'a> From<&'a Field> for Member<'a> {
    fn from(f: &'a Field) -> Self {
        Member {
            ty: &f.ty,
            doc: bilingual(&f.doc, f.doc_zh.as_deref()),
            default: f.default.as_deref(),
            example: f.example.as_deref(),
            constraints: &f.constraints,
        }
    }
}

impl<'a> From<&'a Param> for Member<'a> {
    fn from(p: &'a Param) -> Self {
        Member {
            ty: &p.ty,
            doc: bilingual(&p.doc, p.doc_zh.as_deref()),
            default: p.default.as_deref(),
            example: p.example.as_deref(),
            constraints: &p.constraints,
        }
    }
}

/// `#/components/schemas/<name>`.
pub(crate) fn schema_ref(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

impl SchemaCx<'_> {
    /// The bare schema of a type.
    pub(crate) fn type_schema(&self, ty: &TypeRef) -> Map<String, Value> {
        let mut m = Map::new();
        let mut put = |k: &str, v: Value| {
            m.insert(k.into(), v);
        };
        match ty {
            TypeRef::String => put("type", json!("string")),
            TypeRef::Integer => {
                put("type", json!("integer"));
                put("format", json!("int32"));
            }
            TypeRef::Long => {
                put("type", json!("integer"));
                put("format", json!("int64"));
            }
            TypeRef::Number => put("type", json!("number")),
            TypeRef::Double => {
                put("type", json!("number"));
                put("format", json!("double"));
            }
            TypeRef::Float => {
                put("type", json!("number"));
                put("format", json!("float"));
            }
            TypeRef::Boolean => put("type", json!("boolean")),
            TypeRef::Object => put("type", json!("object")),
            TypeRef::Map => {
                put("type", json!("object"));
                put("additionalProperties", json!({}));
            }
            TypeRef::Any => {}
            TypeRef::Array(item) => {
                put("type", json!("array"));
                put("items", Value::Object(self.type_schema(item)));
            }
            TypeRef::Named(name) => match self.names.shape(name) {
                Some(component) => put("$ref", json!(format!("#/components/schemas/{component}"))),
                // The resolver turns unknown names into `Object`; keep a dangling name from
                // ever becoming a dangling `$ref`.
                None => put("type", json!("object")),
            },
        }
        m
    }

    /// The schema of a field or parameter: its type, description, default, example and the
    /// constraints its description states.
    pub(crate) fn member_schema(&self, m: &Member<'_>) -> Value {
        let mut s = self.type_schema(m.ty);
        let is_ref = s.contains_key("$ref");
        if is_ref {
            // A description beside a `$ref` is ignored under 3.0 (and rejected by linters), so
            // there the reference is wrapped in an `allOf`. Values cannot be checked against a
            // shape, so none are added.
            let doc = m.doc.trim();
            if doc.is_empty() {
                return Value::Object(s);
            }
            return match self.version {
                SpecVersion::V3_0 => json!({ "description": doc, "allOf": [Value::Object(s)] }),
                SpecVersion::V3_1 => {
                    s.insert("description".into(), json!(doc));
                    Value::Object(s)
                }
            };
        }
        if !m.doc.trim().is_empty() {
            s.insert("description".into(), json!(m.doc.trim()));
        }
        self.apply_constraints(&mut s, m.ty, m.constraints);
        let default = m.default.and_then(|d| typed(m.ty, d)).or_else(|| {
            m.constraints.iter().find_map(|c| match &c.kind {
                ConstraintKind::Default { value } => typed(m.ty, value),
                _ => None,
            })
        });
        // A value the schema itself rejects (outside the enum or the range) is left out too.
        if let Some(d) = default.filter(|d| admits(&s, d)) {
            s.insert("default".into(), d);
        }
        if let Some(e) = m
            .example
            .and_then(|e| typed(m.ty, e))
            .filter(|e| admits(&s, e))
        {
            self.put_example(&mut s, e);
        }
        Value::Object(s)
    }

    /// A schema example: `example` under 3.0, `examples: [..]` under 3.1.
    fn put_example(&self, s: &mut Map<String, Value>, value: Value) {
        match self.version {
            SpecVersion::V3_0 => s.insert("example".into(), value),
            SpecVersion::V3_1 => s.insert("examples".into(), json!([value])),
        };
    }

    /// Adds the keywords for the constraints. Value constraints on a list of scalars apply to
    /// its items; a keyword that does not fit the type is left out.
    fn apply_constraints(&self, s: &mut Map<String, Value>, ty: &TypeRef, cs: &[Constraint]) {
        for c in cs {
            match (&c.kind, ty) {
                (ConstraintKind::MaxItems { value }, TypeRef::Array(_)) => {
                    s.insert("maxItems".into(), json!(value));
                }
                (ConstraintKind::MaxItems { .. }, _) | (ConstraintKind::Default { .. }, _) => {}
                (kind, TypeRef::Array(item)) if item.is_scalar() => {
                    if let Some(Value::Object(items)) = s.get_mut("items") {
                        self.value_constraint(items, item, kind);
                    }
                }
                (kind, _) => self.value_constraint(s, ty, kind),
            }
        }
    }

    fn value_constraint(&self, s: &mut Map<String, Value>, ty: &TypeRef, kind: &ConstraintKind) {
        match kind {
            ConstraintKind::Range {
                min,
                max,
                exclusive_min,
                exclusive_max,
            } if ty.is_numeric() => {
                let integral = matches!(ty, TypeRef::Integer | TypeRef::Long);
                let fits = |x: &f64| !integral || x.fract() == 0.0;
                if let Some(v) = min.filter(fits).and_then(bound) {
                    self.put_bound(s, "minimum", "exclusiveMinimum", v, *exclusive_min);
                }
                if let Some(v) = max.filter(fits).and_then(bound) {
                    self.put_bound(s, "maximum", "exclusiveMaximum", v, *exclusive_max);
                }
            }
            ConstraintKind::AllowedValues { values } if ty.is_scalar() => {
                let mut typed_values: Vec<Value> = Vec::new();
                for v in values.iter().filter_map(|v| typed(ty, v)) {
                    if !typed_values.contains(&v) {
                        typed_values.push(v);
                    }
                }
                if !typed_values.is_empty() {
                    s.insert("enum".into(), Value::Array(typed_values));
                }
            }
            ConstraintKind::MaxLength { value } if *ty == TypeRef::String => {
                s.insert("maxLength".into(), json!(value));
            }
            ConstraintKind::MinLength { value } if *ty == TypeRef::String => {
                s.insert("minLength".into(), json!(value));
            }
            _ => {}
        }
    }

    /// `minimum: 0, exclusiveMinimum: true` under 3.0; `exclusiveMinimum: 0` under 3.1.
    fn put_bound(&self, s: &mut Map<String, Value>, key: &str, ex_key: &str, v: Value, ex: bool) {
        match (ex, self.version) {
            (false, _) => {
                s.insert(key.into(), v);
            }
            (true, SpecVersion::V3_0) => {
                s.insert(key.into(), v);
                s.insert(ex_key.into(), json!(true));
            }
            (true, SpecVersion::V3_1) => {
                s.insert(ex_key.into(), v);
            }
        }
    }

    /// An object schema with one property per field and the required ones listed.
    pub(crate) fn object_schema(&self, fields: &[Field]) -> Map<String, Value> {
        let mut props = Map::new();
        let mut required = Vec::new();
        for f in fields {
            if props.contains_key(&f.name) {
                continue;
            }
            props.insert(f.name.clone(), self.member_schema(&f.into()));
            if f.required {
                required.push(json!(f.name));
            }
        }
        let mut s = Map::new();
        s.insert("type".into(), json!("object"));
        if !required.is_empty() {
            s.insert("required".into(), Value::Array(required));
        }
        s.insert("properties".into(), Value::Object(props));
        s
    }

    /// The component schema of a shape.
    pub(crate) fn shape_schema(&self, shape: &Shape) -> Value {
        let mut s = Map::new();
        if !shape.doc.trim().is_empty() {
            s.insert("description".into(), json!(shape.doc.trim()));
        }
        s.extend(self.object_schema(&shape.fields));
        s.insert("x-jdcloud-source".into(), json!(shape.source.to_string()));
        Value::Object(s)
    }
}

/// Whether `v` satisfies the value keywords of schema `s` (enum, bounds, lengths, items).
fn admits(s: &Map<String, Value>, v: &Value) -> bool {
    if let Some(Value::Array(allowed)) = s.get("enum") {
        if !allowed.contains(v) {
            return false;
        }
    }
    let num = |k: &str| s.get(k).and_then(Value::as_f64);
    let strict = |k: &str| s.get(k).and_then(Value::as_bool).unwrap_or(false);
    if let Some(x) = v.as_f64() {
        // 3.0 writes `exclusiveMinimum: true` beside `minimum`; 3.1 writes the bound itself.
        let (lo, lo_strict) = match (num("minimum"), num("exclusiveMinimum")) {
            (Some(m), _) => (Some(m), strict("exclusiveMinimum")),
            (None, Some(m)) => (Some(m), true),
            (None, None) => (None, false),
        };
        let (hi, hi_strict) = match (num("maximum"), num("exclusiveMaximum")) {
            (Some(m), _) => (Some(m), strict("exclusiveMaximum")),
            (None, Some(m)) => (Some(m), true),
            (None, None) => (None, false),
        };
        if lo.is_some_and(|lo| x < lo || (lo_strict && x == lo))
            || hi.is_some_and(|hi| x > hi || (hi_strict && x == hi))
        {
            return false;
        }
    }
    if let Some(text) = v.as_str() {
        let len = text.chars().count() as f64;
        if num("minLength").is_some_and(|m| len < m) || num("maxLength").is_some_and(|m| len > m) {
            return false;
        }
    }
    if let Some(items) = v.as_array() {
        if num("maxItems").is_some_and(|m| items.len() as f64 > m) {
            return false;
        }
        if let Some(Value::Object(item_schema)) = s.get("items") {
            return items.iter().all(|i| admits(item_schema, i));
        }
    }
    true
}
