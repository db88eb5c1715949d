//! Shapes → structs, allowed-value lists → string enums with an `Unknown` variant.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Field, Service, Source, TypeRef};

use super::docs;
use super::names::{ident, snake, Scope};
use super::plan::{EnumPlan, Plan};

/// Field names whose values never appear in `Debug` output.
pub fn is_secret_name(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    ["password", "passwd", "secret", "privatekey", "private_key"]
        .iter()
        .any(|w| n.contains(w))
}

/// The `models` module of a service.
pub fn emit(svc: &Service, plan: &Plan) -> TokenStream {
    let mut items = Vec::new();
    for shape in &svc.shapes {
        let Some(ty) = plan.shape_types.get(&shape.name) else {
            continue;
        };
        let doc = if shape.doc.is_empty() {
            format!("`{}`", shape.name)
        } else {
            shape.doc.clone()
        };
        items.push(emit_struct(
            ty,
            &shape.name,
            &shape.fields,
            &doc,
            &shape.source,
            plan,
        ));
    }
    for op in &svc.operations {
        if let Some(ty) = plan.result_structs.get(&op.id) {
            let owner = format!("#result:{}", op.id);
            let doc = format!("The result of `{}`.", op.id);
            items.push(emit_struct(
                ty,
                &owner,
                &op.response.fields,
                &doc,
                &op.source,
                plan,
            ));
        }
    }
    for e in plan.field_enums.values().chain(plan.param_enums.values()) {
        items.push(emit_enum(e));
    }
    quote! {
        //! Models of the service: request and response structures and their enums.
        #![allow(clippy::large_enum_variant)]
        #(#items)*
    }
}

struct FieldOut {
    decl: TokenStream,
    debug: TokenStream,
    ctor_arg: Option<(TokenStream, TokenStream)>,
    setter: Option<TokenStream>,
}

fn emit_struct(
    ty: &str,
    owner: &str,
    fields: &[Field],
    doc: &str,
    source: &Source,
    plan: &Plan,
) -> TokenStream {
    let ty_ident = ident(ty);
    let mut outs = Vec::new();
    for (f, name) in fields.iter().zip(field_names(fields)) {
        outs.push(emit_field(owner, f, &name, plan));
    }
    let decls = outs.iter().map(|o| &o.decl);
    let docs = docs::attrs(doc, Some(source));
    let has_secret = fields.iter().any(|f| is_secret_name(&f.name));
    let derive_debug = if has_secret {
        quote! {}
    } else {
        quote! { Debug, }
    };
    let debug_impl = if has_secret {
        let entries = outs.iter().map(|o| &o.debug);
        let name = ty.to_string();
        quote! {
            impl ::std::fmt::Debug for #ty_ident {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(#name)
                        #(#entries)*
                        .finish()
                }
            }
        }
    } else {
        quote! {}
    };
    let (arg_names, arg_types): (Vec<_>, Vec<_>) =
        outs.iter().filter_map(|o| o.ctor_arg.clone()).unzip();
    let assigns = arg_names.iter().map(|n| quote! { #n: #n.into(), });
    let setters = outs.iter().filter_map(|o| o.setter.as_ref());
    let ctor_doc = if arg_names.is_empty() {
        "A value with every field unset.".to_string()
    } else {
        "A value with the required fields set; set the others with the `with_` methods.".to_string()
    };
    let allow_many = if arg_names.len() > 6 {
        quote! { #[allow(clippy::too_many_arguments)] }
    } else {
        quote! {}
    };
    quote! {
        #docs
        #[derive(#derive_debug Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
        #[non_exhaustive]
        pub struct #ty_ident {
            #(#decls)*
        }

        impl #ty_ident {
            #[doc = #ctor_doc]
            #allow_many
            pub fn new(#(#arg_names: #arg_types),*) -> Self {
                Self {
                    #(#assigns)*
                    ..::std::default::Default::default()
                }
            }
            #(#setters)*
        }

        #debug_impl
    }
}

/// The Rust names of a struct's fields, in order: a correction's `rust_name`, else the
/// snake_case wire name, made unique within the struct.
pub fn field_names(fields: &[Field]) -> Vec<String> {
    let mut scope = Scope::default();
    fields
        .iter()
        .map(|f| match &f.rust_name {
            Some(name) => scope.claim(name),
            None => scope.claim(&snake(&f.name)),
        })
        .collect()
}

fn emit_field(owner: &str, f: &Field, name: &str, plan: &Plan) -> FieldOut {
    let field_ident = ident(name);
    let wire = &f.name;
    let enum_name = plan.field_enum(owner, f).map(|e| e.ident.clone());
    let mut inner = plan.rust_type(&f.ty, enum_name.as_deref());
    if plan.boxed.contains(&(owner.to_string(), f.name.clone())) {
        inner = quote! { ::std::boxed::Box<#inner> };
    }
    let docs = if f.doc.trim().is_empty() {
        docs::attrs(&format!("`{wire}`"), None)
    } else {
        docs::attrs_zh(&f.doc, f.doc_zh.as_deref(), None)
    };
    let (decl, ctor_arg, setter) = if f.required {
        let decl = quote! {
            #docs
            #[serde(rename = #wire, default)]
            pub #field_ident: #inner,
        };
        let arg_ty = into_type(&f.ty, enum_name.as_deref(), &inner);
        (decl, Some((quote! { #field_ident }, arg_ty)), None)
    } else {
        let decl = quote! {
            #docs
            #[serde(rename = #wire, default, skip_serializing_if = "::std::option::Option::is_none")]
            pub #field_ident: ::std::option::Option<#inner>,
        };
        let setter_name = format_ident!("with_{}", name.trim_start_matches("r#"));
        let arg_ty = into_type(&f.ty, enum_name.as_deref(), &inner);
        let doc = docs::doc_attr(&format!("Sets `{wire}`."));
        let setter = quote! {
            #doc
            pub fn #setter_name(mut self, value: #arg_ty) -> Self {
                self.#field_ident = ::std::option::Option::Some(value.into());
                self
            }
        };
        (decl, None, Some(setter))
    };
    let debug = if is_secret_name(wire) {
        quote! { .field(#wire, &"***") }
    } else {
        quote! { .field(#wire, &self.#field_ident) }
    };
    FieldOut {
        decl,
        debug,
        ctor_arg,
        setter,
    }
}

/// The argument type of a constructor or setter: `impl Into<…>` where that helps the caller
/// (strings, enums from `&str`, boxed shapes from the shape).
pub fn into_type(ty: &TypeRef, enum_name: Option<&str>, full: &TokenStream) -> TokenStream {
    match ty {
        TypeRef::String => match enum_name {
            Some(e) => {
                let e = ident(e);
                quote! { impl ::std::convert::Into<#e> }
            }
            None => quote! { impl ::std::convert::Into<::std::string::String> },
        },
        _ => quote! { impl ::std::convert::Into<#full> },
    }
}

/// A string enum that keeps values it does not know in `Unknown`, so responses never fail to
/// decode because the service added a value, and such values round-trip unchanged.
pub fn emit_enum(e: &EnumPlan) -> TokenStream {
    let name = ident(&e.ident);
    let variants: Vec<_> = e.variants.iter().map(|(v, _)| ident(v)).collect();
    let wires: Vec<_> = e.variants.iter().map(|(_, w)| w.as_str()).collect();
    let variant_docs = wires
        .iter()
        .map(|w| docs::doc_attr(&format!(" `{}`", w.replace('`', "'"))));
    let doc = docs::attrs(
        &format!(
            "Allowed values of {}.\n\n{}",
            e.ident,
            e.doc.lines().next().unwrap_or("")
        ),
        None,
    );
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #(
                #variant_docs
                #variants,
            )*
            /// A value this version of the SDK does not know; kept as sent.
            Unknown(::std::string::String),
        }

        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #wires, )*
                    Self::Unknown(value) => value.as_str(),
                }
            }
        }

        impl ::std::default::Default for #name {
            fn default() -> Self {
                Self::Unknown(::std::string::String::new())
            }
        }

        impl ::std::convert::From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #( #wires => Self::#variants, )*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for #name {
            fn from(value: ::std::string::String) -> Self {
                Self::from(value.as_str())
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                ::std::result::Result::Ok(Self::from(value))
            }
        }
    }
}
