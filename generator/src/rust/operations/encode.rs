//! `into_request`: how an operation's values travel — path, query (JD's indexed encoding),
//! JSON body or headers — with the idempotency token and the signing region.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Operation, ParamLocation, Service};

use super::{is_client_token, is_region, ParamOut};

pub(super) fn into_request(svc: &Service, op: &Operation, outs: &[ParamOut<'_>]) -> TokenStream {
    let method = format_ident!("{}", op.method.as_str());
    let service = svc.name.as_str();
    let version = op.version.as_str();
    let operation = op.id.as_str();
    let template = op.path.as_str();

    let mut path_values = Vec::new();
    let mut stmts = Vec::new();
    let mut idempotent = false;
    let mut region = quote! {};
    let mut needs_value_text = false;
    for o in outs {
        let f = &o.field;
        let wire = o.param.name.as_str();
        // The text of a required value, for the path and the signature's region.
        let for_text = o.param.location == ParamLocation::Path || is_region(op, o.param);
        // A scalar's (or an enum of strings') `to_string()` is its text in a URL; other values
        // (arrays, maps, models, untyped JSON) are written as JSON text.
        let text = if o.param.ty.is_scalar() {
            quote! { self.#f.to_string() }
        } else {
            needs_value_text |= for_text;
            quote! { value_text(&self.#f)? }
        };
        if is_region(op, o.param) {
            region = quote! { request = request.with_region(#text); };
        }
        let value = if is_client_token(op, o.param) {
            idempotent = true;
            stmts.push(quote! {
                let client_token = self.#f.clone().unwrap_or_else(crate::runtime::new_client_token);
            });
            quote! { &client_token }
        } else if o.optional {
            quote! { value }
        } else {
            quote! { &self.#f }
        };
        let wrap = |inner: TokenStream| -> TokenStream {
            if o.optional && !is_client_token(op, o.param) {
                quote! { if let ::std::option::Option::Some(value) = &self.#f { #inner } }
            } else {
                inner
            }
        };
        match o.param.location {
            ParamLocation::Path => {
                let var = format_ident!("path_{}", path_values.len());
                stmts.push(quote! { let #var = #text; });
                path_values.push(quote! { (#wire, #var.as_str()) });
                if is_region(op, o.param) {
                    // The text is already there: it goes to the request once the path is filled.
                    region = quote! { request = request.with_region(#var); };
                }
            }
            ParamLocation::Query => stmts.push(wrap(quote! {
                crate::runtime::push_query(&mut query, #wire, #value)?;
            })),
            ParamLocation::Body => stmts.push(wrap(quote! {
                body.member(#wire, #value)?;
            })),
            ParamLocation::Header => stmts.push(wrap(quote! {
                headers.push((#wire, header_text(#value)?));
            })),
        }
    }
    let has_body = outs.iter().any(|o| o.param.location == ParamLocation::Body);
    let has_query = outs
        .iter()
        .any(|o| o.param.location == ParamLocation::Query);
    let has_header = outs
        .iter()
        .any(|o| o.param.location == ParamLocation::Header);
    let body_decl = if has_body {
        quote! { let mut body = crate::runtime::JsonObject::new(); }
    } else {
        quote! {}
    };
    let query_decl = if has_query {
        quote! { let mut query = ::std::vec::Vec::new(); }
    } else {
        quote! {}
    };
    let header_decl = if has_header {
        quote! {
            let mut headers: ::std::vec::Vec<(&str, ::std::string::String)> = ::std::vec::Vec::new();
            fn header_text<T: ::serde::Serialize>(value: &T) -> ::std::result::Result<::std::string::String, crate::runtime::Error> {
                match ::serde_json::to_value(value).map_err(crate::runtime::Error::Serialize)? {
                    ::serde_json::Value::String(s) => ::std::result::Result::Ok(s),
                    other => ::std::result::Result::Ok(other.to_string()),
                }
            }
        }
    } else {
        quote! {}
    };
    let value_text_decl = if needs_value_text {
        quote! {
            fn value_text<T: ::serde::Serialize>(value: &T) -> ::std::result::Result<::std::string::String, crate::runtime::Error> {
                match ::serde_json::to_value(value).map_err(crate::runtime::Error::Serialize)? {
                    ::serde_json::Value::String(s) => ::std::result::Result::Ok(s),
                    other => ::std::result::Result::Ok(other.to_string()),
                }
            }
        }
    } else {
        quote! {}
    };
    let attach_body = if has_body {
        quote! { request = request.with_json_body(body.finish()); }
    } else {
        quote! {}
    };
    let attach_query = if has_query {
        quote! { request = request.with_query(query); }
    } else {
        quote! {}
    };
    let attach_headers = if has_header {
        quote! {
            for (name, value) in &headers {
                request = request.with_header_param(name, value);
            }
        }
    } else {
        quote! {}
    };
    let idempotent = if idempotent {
        quote! { request = request.with_idempotent(true); }
    } else {
        quote! {}
    };
    let mut_request =
        has_body || has_query || has_header || !region.is_empty() || !idempotent.is_empty();
    let request_binding = if mut_request {
        quote! { let mut request }
    } else {
        quote! { let request }
    };
    let path_expr = if path_values.is_empty() {
        quote! { #template.to_string() }
    } else {
        quote! { crate::runtime::fill_path(#template, &[#(#path_values),*])? }
    };
    quote! {
        /// The HTTP request this builder describes, without sending it.
        pub fn into_request(self) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
            #body_decl
            #query_decl
            #header_decl
            #value_text_decl
            #(#stmts)*
            let path = #path_expr;
            #request_binding = crate::runtime::Request::new(crate::runtime::Method::#method, #service, #version, path)
                .with_operation(#operation);
            #attach_body
            #attach_query
            #attach_headers
            #region
            #idempotent
            ::std::result::Result::Ok(request)
        }
    }
}
