//! Tests written into the generated crate, one file per service: every operation builds its
//! HTTP request, every valid JSON example of the pages round-trips through the typed models,
//! enums keep unknown values, and secrets stay out of `Debug`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{ExampleKind, Operation, ParamLocation, Service, TypeRef};

use super::models::is_secret_name;
use super::names::{ident, snake, Scope};
use super::operations::{client_arguments, is_client_token};
use super::plan::Plan;

/// The test file of a service, or `None` when there is nothing to test.
pub fn emit(svc: &Service, plan: &Plan, crate_ident: &str) -> Option<TokenStream> {
    if svc.operations.is_empty() {
        return None;
    }
    let krate = ident(crate_ident);
    let module = ident(&plan.module);
    let feature = plan.feature.as_str();
    let mut tests = Vec::new();
    // Test names are unique within the file (and never a helper's name): example keys that
    // differ only in spelling (`imageId`, `image_id`) would otherwise give the same name.
    let mut names = Scope::with_reserved(&[
        "config",
        "assert_subset",
        "round_trip",
        "enums_keep_unknown_values",
        "enums_read_documented_values",
        "debug_output_hides_secrets",
    ]);
    for op in &svc.operations {
        tests.push(request_test(op, plan, &mut names));
        tests.extend(example_tests(svc, op, plan, &mut names));
    }
    if let Some(e) = plan
        .field_enums
        .values()
        .chain(plan.param_enums.values())
        .next()
    {
        let name = ident(&e.ident);
        tests.push(quote! {
            #[test]
            fn enums_keep_unknown_values() {
                let value: #name = serde_json::from_str("\"a value from the future\"").expect("decodes");
                assert_eq!(value, #name::Unknown("a value from the future".into()));
                assert_eq!(serde_json::to_string(&value).expect("encodes"), "\"a value from the future\"");
            }
        });
        if let Some((variant, wire)) = e.variants.first() {
            let v = ident(variant);
            tests.push(quote! {
                #[test]
                fn enums_read_documented_values() {
                    let value: #name = serde_json::from_value(serde_json::Value::String(#wire.into())).expect("decodes");
                    assert_eq!(value, #name::#v);
                    assert_eq!(value.as_str(), #wire);
                }
            });
        }
    }
    if let Some(t) = redaction_test(svc, plan) {
        tests.push(t);
    }
    Some(quote! {
        //! Checks of the generated service module.
        #![cfg(feature = #feature)]
        #![allow(clippy::all)]

        use #krate::#module::*;

        fn config() -> #krate::Config {
            #krate::Config::new(#krate::Credentials::new("test-access-key", "test-secret-key"))
        }

        #[allow(dead_code)]
        /// Every member the typed value writes back must be in the original (numbers compared
        /// as numbers), or be an empty default of a field the original left out.
        fn assert_subset(written: &serde_json::Value, original: &serde_json::Value, at: &str) {
            use serde_json::Value;
            match (written, original) {
                (Value::Object(w), Value::Object(o)) => {
                    for (k, v) in w {
                        match o.get(k) {
                            Some(ov) => assert_subset(v, ov, &format!("{at}.{k}")),
                            None => assert!(
                                matches!(v, Value::Null | Value::Bool(false))
                                    || v.as_str() == Some("")
                                    || v.as_f64() == Some(0.0)
                                    || v.as_array().is_some_and(|a| a.is_empty())
                                    || v.as_object().is_some_and(|m| m.is_empty()),
                                "{at}.{k} = {v} is not in the example"
                            ),
                        }
                    }
                }
                (Value::Array(w), Value::Array(o)) => {
                    assert_eq!(w.len(), o.len(), "{at}: array length");
                    for (i, (a, b)) in w.iter().zip(o).enumerate() {
                        assert_subset(a, b, &format!("{at}[{i}]"));
                    }
                }
                (Value::Number(a), Value::Number(b)) => assert_eq!(a.as_f64(), b.as_f64(), "{at}"),
                (a, b) => assert_eq!(a, b, "{at}"),
            }
        }

        #[allow(dead_code)]
        fn round_trip<T>(json: &str)
        where
            T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
        {
            let original: serde_json::Value = serde_json::from_str(json).expect("example is JSON");
            let typed: T = serde_json::from_value(original.clone()).expect("example decodes into the model");
            let written = serde_json::to_value(&typed).expect("model encodes");
            let again: T = serde_json::from_value(written.clone()).expect("encoded model decodes");
            assert_eq!(typed, again);
            assert_subset(&written, &original, "$");
        }

        #(#tests)*
    })
}

/// A value of a parameter's type for building a request in a test.
fn sample(ty: &TypeRef, enum_name: Option<&str>, rust_ty: &TokenStream) -> TokenStream {
    match ty {
        TypeRef::String if enum_name.is_none() => quote! { "sample" },
        TypeRef::String => quote! { "sample" },
        TypeRef::Integer | TypeRef::Long => quote! { 1 },
        TypeRef::Number | TypeRef::Double | TypeRef::Float => quote! { 1.0 },
        TypeRef::Boolean => quote! { true },
        _ => quote! { <#rust_ty as ::std::default::Default>::default() },
    }
}

fn request_test(op: &Operation, plan: &Plan, scope: &mut Scope) -> TokenStream {
    let Some(names) = plan.operations.get(&op.id) else {
        return quote! {};
    };
    let method = ident(&names.method);
    let test = ident(&scope.claim(&format!(
        "{}_builds_its_request",
        names.method.trim_start_matches("r#")
    )));
    let positional = client_arguments(op);
    let args = positional.iter().map(|p| {
        let enum_name = plan.param_enum(op, p).map(|e| e.ident.clone());
        let ty = plan.rust_type(&p.ty, enum_name.as_deref());
        sample(&p.ty, enum_name.as_deref(), &ty)
    });
    let method_name = op.method.as_str();
    let op_id = op.id.as_str();
    let prefix = op.path.split('{').next().unwrap_or("").to_string();
    let version = op.version.as_str();
    let token = op.params.iter().find(|p| is_client_token(op, p));
    let token_check = match token.map(|p| p.location) {
        None => quote! {},
        Some(ParamLocation::Body) => quote! {
            assert!(request.idempotent, "a clientToken makes the request safe to retry");
            let body = request.body_json().expect("a JSON body");
            assert!(body.get("clientToken").and_then(|t| t.as_str()).is_some_and(|t| !t.is_empty()));
        },
        Some(ParamLocation::Query) => quote! {
            assert!(request.idempotent, "a clientToken makes the request safe to retry");
            assert!(request.query.iter().any(|(k, v)| k == "clientToken" && !v.is_empty()));
        },
        Some(_) => quote! {
            assert!(request.idempotent, "a clientToken makes the request safe to retry");
        },
    };
    quote! {
        #[test]
        fn #test() {
            let request = Client::new(&config())
                .#method(#(#args),*)
                .into_request()
                .expect("request builds");
            assert_eq!(request.method.as_str(), #method_name);
            assert_eq!(request.operation, ::std::option::Option::Some(#op_id));
            assert_eq!(request.version, #version);
            assert!(request.path.starts_with(#prefix), "{}", request.path);
            #token_check
        }
    }
}

fn example_tests(
    svc: &Service,
    op: &Operation,
    plan: &Plan,
    scope: &mut Scope,
) -> Vec<TokenStream> {
    let Some(names) = plan.operations.get(&op.id) else {
        return Vec::new();
    };
    let base = names.method.trim_start_matches("r#").to_string();
    let mut out = Vec::new();
    for (i, ex) in op.examples.iter().enumerate() {
        let Some(json) = &ex.json else { continue };
        match ex.kind {
            ExampleKind::Response => {
                let Some(result) = json.get("result") else {
                    continue;
                };
                let ty = if let Some(name) = plan.result_structs.get(&op.id) {
                    let t = ident(name);
                    quote! { #t }
                } else {
                    match &op.response.result {
                        Some(f) => plan.rust_type(&f.ty, None),
                        None => continue,
                    }
                };
                let text = result.to_string();
                let test =
                    ident(&scope.claim(&format!("{base}_response_example_{}_round_trips", i + 1)));
                out.push(quote! {
                    #[test]
                    fn #test() {
                        round_trip::<#ty>(#text);
                    }
                });
            }
            ExampleKind::Request => {
                let Some(obj) = json.as_object() else {
                    continue;
                };
                for (key, value) in obj {
                    let Some(p) = op
                        .params
                        .iter()
                        .find(|p| &p.name == key && p.location == ParamLocation::Body)
                    else {
                        continue;
                    };
                    let enum_name = plan.param_enum(op, p).map(|e| e.ident.clone());
                    let ty = plan.rust_type(&p.ty, enum_name.as_deref());
                    let text = value.to_string();
                    let test = ident(&scope.claim(&format!(
                        "{base}_request_example_{}_{}_round_trips",
                        i + 1,
                        snake(key).trim_start_matches("r#")
                    )));
                    out.push(quote! {
                        #[test]
                        fn #test() {
                            round_trip::<#ty>(#text);
                        }
                    });
                }
            }
        }
    }
    let _ = svc;
    out
}

/// `Debug` of a model with a password-like field never shows the value.
fn redaction_test(svc: &Service, plan: &Plan) -> Option<TokenStream> {
    for s in &svc.shapes {
        let Some(f) = s
            .fields
            .iter()
            .find(|f| is_secret_name(&f.name) && f.ty == TypeRef::String && !f.required)
        else {
            continue;
        };
        let ty = ident(plan.shape_types.get(&s.name)?);
        let setter = format_ident!("with_{}", snake(&f.name).trim_start_matches("r#"));
        let required: Vec<_> = s.fields.iter().filter(|f| f.required).collect();
        if !required.is_empty() {
            continue;
        }
        return Some(quote! {
            #[test]
            fn debug_output_hides_secrets() {
                let value = #ty::new().#setter("s3cr3t-Value");
                let shown = format!("{value:?}");
                assert!(!shown.contains("s3cr3t-Value"), "{shown}");
                assert!(shown.contains("***"), "{shown}");
            }
        });
    }
    None
}
