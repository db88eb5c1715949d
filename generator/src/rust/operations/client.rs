//! The client method of an operation: its required parameters as arguments, returning the
//! request builder.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::Operation;
use crate::rust::docs;
use crate::rust::names::ident;

use super::ParamOut;

/// `Client::<method>(&self, <required…>) -> <Builder>`.
pub(super) fn method(
    op: &Operation,
    outs: &[ParamOut<'_>],
    method_name: &str,
    builder_name: &str,
) -> TokenStream {
    let method = ident(method_name);
    let builder = ident(builder_name);
    let args: Vec<TokenStream> = outs
        .iter()
        .filter(|o| o.positional)
        .map(|o| {
            let f = &o.field;
            let t = &o.arg_ty;
            quote! { #f: #t }
        })
        .collect();
    let inits = outs.iter().map(|o| {
        let f = &o.field;
        if o.positional {
            quote! { #f: #f.into(), }
        } else {
            quote! { #f: ::std::option::Option::None, }
        }
    });
    let mut op_doc = if op.description.is_empty() {
        format!("`{}`", op.id)
    } else {
        op.description.clone()
    };
    op_doc.push_str(&format!("\n\n`{} /{}{}`", op.method, op.version, op.path));
    let method_docs = docs::attrs_zh(&op_doc, op.description_zh.as_deref(), Some(&op.source));
    let allow_many = if args.len() > 6 {
        quote! { #[allow(clippy::too_many_arguments)] }
    } else {
        quote! {}
    };
    quote! {
        #method_docs
        #allow_many
        pub fn #method(&self, #(#args),*) -> #builder {
            #builder {
                config: self.config.clone(),
                #(#inits)*
            }
        }
    }
}
