//! The request builder of an operation: a setter per optional parameter, `into_request`,
//! `send`, `send_blocking` and, for list operations, `items`.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Operation, Service};
use crate::rust::docs;
use crate::rust::names::ident;
use crate::rust::plan::Plan;

use super::{is_client_token, ParamOut};

/// The builder struct of an operation and its methods.
pub(super) fn item(
    svc: &Service,
    op: &Operation,
    plan: &Plan,
    outs: &[ParamOut<'_>],
    method_name: &str,
    builder_name: &str,
) -> TokenStream {
    let builder = ident(builder_name);
    let result_ty = result_type(op, plan);

    // Builder struct.
    let fields = outs.iter().map(|o| {
        let f = &o.field;
        let t = &o.ty;
        if o.optional {
            quote! { #f: ::std::option::Option<#t>, }
        } else {
            quote! { #f: #t, }
        }
    });
    let setters = outs.iter().filter(|o| o.optional).map(|o| {
        let f = &o.field;
        let t = &o.arg_ty;
        let mut doc = format!("`{}`", o.param.name);
        if !o.param.doc.is_empty() {
            doc.push_str(": ");
            doc.push_str(&o.param.doc);
        }
        if is_client_token(op, o.param) {
            doc.push_str("\n\nWhen not set, a random token is generated, so that retries of this request are safe.");
        }
        let d = docs::attrs_zh(&doc, o.param.doc_zh.as_deref(), None);
        quote! {
            #d
            pub fn #f(mut self, value: #t) -> Self {
                self.#f = ::std::option::Option::Some(value.into());
                self
            }
        }
    });
    let debug = super::redact::debug_impl(builder_name, outs);
    let derive_debug = if debug.is_empty() {
        quote! { #[derive(Debug)] }
    } else {
        quote! {}
    };
    let into_request = super::encode::into_request(svc, op, outs);
    let pager = super::paginate::items(svc, op, plan, outs);
    let builder_doc = format!(
        "Request builder of `{}`, made by [`Client::{}`]. Set optional parameters, then call `send`.",
        op.id,
        method_name.trim_start_matches("r#")
    );
    let builder_doc = docs::doc_lines(&builder_doc);
    quote! {
        #builder_doc
        #derive_debug
        #[derive(Clone)]
        #[must_use = "a request does nothing until it is sent"]
        pub struct #builder {
            config: crate::runtime::Config,
            #(#fields)*
        }

        #debug

        impl #builder {
            #(#setters)*

            #into_request

            /// Sends the request, retrying where that is safe, and reads the result.
            pub async fn send(self) -> ::std::result::Result<crate::runtime::Response<#result_ty>, crate::runtime::Error> {
                let config = self.config.clone();
                let request = self.into_request()?;
                crate::runtime::send(&config, request).await
            }

            /// [`send`](Self::send), blocking the current thread until it completes.
            #[cfg(feature = "blocking")]
            pub fn send_blocking(self) -> ::std::result::Result<crate::runtime::Response<#result_ty>, crate::runtime::Error> {
                crate::runtime::block_on(self.send())
            }

            #pager
        }
    }
}

/// The type `send` returns the result as.
fn result_type(op: &Operation, plan: &Plan) -> TokenStream {
    if let Some(name) = plan.result_structs.get(&op.id) {
        let t = ident(name);
        return quote! { #t };
    }
    match &op.response.result {
        Some(f) => plan.rust_type(&f.ty, None),
        None => quote! { ::serde_json::Value },
    }
}
