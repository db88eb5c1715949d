//! The names and types of one service's Rust module, decided before any code is written:
//! which Rust type each shape becomes, which fields and parameters get enums, and which
//! fields must be boxed because shapes contain each other.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{ConstraintKind, Field, Operation, Param, Service, Shape, TypeRef};

use super::names::{camel, ident, snake, Scope};

/// Names used by the emitted module itself, and the standard prelude's names (the module's
/// items are glob-imported, and a glob import shadows the prelude), which shapes must not take.
const RESERVED_TYPES: &[&str] = &[
    "Client",
    "Error",
    "Response",
    "Config",
    "Value",
    "Map",
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "Default",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Unpin",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "Iterator",
    "IntoIterator",
    "Extend",
    "Eq",
    "PartialEq",
    "Ord",
    "PartialOrd",
    "AsRef",
    "AsMut",
    "Into",
    "From",
    "ToString",
    "ToOwned",
    "TryFrom",
    "TryInto",
    "FromIterator",
    "Debug",
];

/// A string enum made from a documented list of allowed values.
#[derive(Debug, Clone)]
pub struct EnumPlan {
    pub ident: String,
    /// (variant identifier, wire value), in documented order.
    pub variants: Vec<(String, String)>,
    pub doc: String,
}

/// The plan of a service module.
#[derive(Debug, Clone)]
pub struct Plan {
    pub module: String,
    /// The cargo feature that enables the module.
    pub feature: String,
    /// Shape name → Rust type name.
    pub shape_types: BTreeMap<String, String>,
    /// (shape, field) → enum.
    pub field_enums: BTreeMap<(String, String), EnumPlan>,
    /// (operation, parameter) → enum.
    pub param_enums: BTreeMap<(String, String), EnumPlan>,
    /// (shape, field) pairs that hold a shape containing the first one again.
    pub boxed: BTreeSet<(String, String)>,
    /// Operation id → its result struct, for pages that list result members at top level.
    pub result_structs: BTreeMap<String, String>,
    /// Operation id → Rust names (method, builder type).
    pub operations: BTreeMap<String, OperationNames>,
}

/// The Rust names of an operation.
#[derive(Debug, Clone)]
pub struct OperationNames {
    /// Client method, `create_instances`.
    pub method: String,
    /// Builder type, `CreateInstances`.
    pub builder: String,
    /// Error-kind enum, `CreateInstancesErrorKind`.
    pub error_kind: String,
}

impl Plan {
    pub fn new(svc: &Service) -> Plan {
        let mut types = Scope::with_reserved(RESERVED_TYPES);
        let mut shape_types = BTreeMap::new();
        for s in &svc.shapes {
            let wanted = s.rust_name.clone().unwrap_or_else(|| camel(&s.name));
            shape_types.insert(s.name.clone(), types.claim(&wanted));
        }
        let mut result_structs = BTreeMap::new();
        let mut operations = BTreeMap::new();
        let mut methods = Scope::with_reserved(&["new", "config", "clone", "fmt"]);
        for op in &svc.operations {
            let builder = types.claim(&camel(&op.id));
            let error_kind = types.claim(&format!("{builder}ErrorKind"));
            operations.insert(
                op.id.clone(),
                OperationNames {
                    method: methods.claim(&snake(&op.id)),
                    builder,
                    error_kind,
                },
            );
            if op.response.result.is_none() && !op.response.fields.is_empty() {
                let name = types.claim(&format!("{}Result", camel(&op.id)));
                result_structs.insert(op.id.clone(), name);
            }
        }
        let mut field_enums = BTreeMap::new();
        for s in &svc.shapes {
            let owner = shape_types.get(&s.name).cloned().unwrap_or_default();
            for f in &s.fields {
                if let Some(values) = enum_values(&f.ty, &f.constraints) {
                    let name = types.claim(&format!("{owner}{}", camel(&f.name)));
                    field_enums.insert(
                        (s.name.clone(), f.name.clone()),
                        enum_plan(name, values, &f.doc),
                    );
                }
            }
        }
        for op in &svc.operations {
            let result_owner = result_structs.get(&op.id).cloned();
            if let Some(owner) = result_owner {
                for f in &op.response.fields {
                    if let Some(values) = enum_values(&f.ty, &f.constraints) {
                        let name = types.claim(&format!("{owner}{}", camel(&f.name)));
                        field_enums.insert(
                            (format!("#result:{}", op.id), f.name.clone()),
                            enum_plan(name, values, &f.doc),
                        );
                    }
                }
            }
        }
        let mut param_enums = BTreeMap::new();
        for op in &svc.operations {
            for p in &op.params {
                if let Some(values) = enum_values(&p.ty, &p.constraints) {
                    let name = types.claim(&format!("{}{}", camel(&op.id), camel(&p.name)));
                    param_enums.insert(
                        (op.id.clone(), p.name.clone()),
                        enum_plan(name, values, &p.doc),
                    );
                }
            }
        }
        Plan {
            module: super::names::service_module(&svc.name),
            feature: super::names::service_feature(&svc.name),
            boxed: boxed_fields(&svc.shapes),
            shape_types,
            field_enums,
            param_enums,
            result_structs,
            operations,
        }
    }

    /// The Rust type of a value of type `ty`, using `enum_name` for its strings when the
    /// value has documented allowed values. Paths are absolute so no shape name can shadow
    /// a standard type.
    pub fn rust_type(&self, ty: &TypeRef, enum_name: Option<&str>) -> TokenStream {
        match ty {
            TypeRef::String => match enum_name {
                Some(e) => {
                    let e = ident(e);
                    quote! { #e }
                }
                None => quote! { ::std::string::String },
            },
            TypeRef::Integer => quote! { i32 },
            TypeRef::Long => quote! { i64 },
            TypeRef::Number | TypeRef::Double => quote! { f64 },
            TypeRef::Float => quote! { f32 },
            TypeRef::Boolean => quote! { bool },
            TypeRef::Object | TypeRef::Any => quote! { ::serde_json::Value },
            TypeRef::Map => {
                quote! { ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value> }
            }
            TypeRef::Array(inner) => {
                let inner = self.rust_type(inner, enum_name);
                quote! { ::std::vec::Vec<#inner> }
            }
            TypeRef::Named(n) => match self.shape_types.get(n) {
                Some(t) => {
                    let t = ident(t);
                    quote! { #t }
                }
                None => quote! { ::serde_json::Value },
            },
        }
    }

    pub fn field_enum(&self, owner: &str, field: &Field) -> Option<&EnumPlan> {
        self.field_enums
            .get(&(owner.to_string(), field.name.clone()))
    }

    pub fn param_enum(&self, op: &Operation, p: &Param) -> Option<&EnumPlan> {
        self.param_enums.get(&(op.id.clone(), p.name.clone()))
    }
}

/// The allowed values of a string (or string array) value, when the page lists them.
fn enum_values(ty: &TypeRef, constraints: &[crate::ir::Constraint]) -> Option<Vec<String>> {
    if *ty.element() != TypeRef::String {
        return None;
    }
    constraints.iter().find_map(|c| match &c.kind {
        ConstraintKind::AllowedValues { values } if !values.is_empty() => {
            let mut seen = BTreeSet::new();
            let unique: Vec<String> = values
                .iter()
                .filter(|v| seen.insert(v.to_string()))
                .cloned()
                .collect();
            Some(unique)
        }
        _ => None,
    })
}

fn enum_plan(name: String, values: Vec<String>, doc: &str) -> EnumPlan {
    let mut scope = Scope::with_reserved(&["Unknown"]);
    let variants = values
        .into_iter()
        .map(|v| (scope.claim(&camel(&v)), v))
        .collect();
    EnumPlan {
        ident: name,
        variants,
        doc: doc.to_string(),
    }
}

/// Fields that must be boxed: a non-array field whose shape contains the field's owner again.
fn boxed_fields(shapes: &[Shape]) -> BTreeSet<(String, String)> {
    let direct: BTreeMap<&str, Vec<&str>> = shapes
        .iter()
        .map(|s| {
            let targets = s
                .fields
                .iter()
                .filter_map(|f| match &f.ty {
                    TypeRef::Named(n) => Some(n.as_str()),
                    _ => None,
                })
                .collect();
            (s.name.as_str(), targets)
        })
        .collect();
    let reaches = |from: &str, target: &str| -> bool {
        let mut stack = vec![from];
        let mut seen = BTreeSet::new();
        while let Some(n) = stack.pop() {
            if n == target {
                return true;
            }
            if seen.insert(n) {
                if let Some(next) = direct.get(n) {
                    stack.extend(next.iter().copied());
                }
            }
        }
        false
    };
    let mut out = BTreeSet::new();
    for s in shapes {
        for f in &s.fields {
            if let TypeRef::Named(n) = &f.ty {
                if reaches(n, &s.name) {
                    out.insert((s.name.clone(), f.name.clone()));
                }
            }
        }
    }
    out
}
